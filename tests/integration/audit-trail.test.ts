import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry, VerifyResult } from '../../shared/audit';
import type { Incident } from '../../shared/incident';
import { openDatabase } from '../../electron/services/database/open-database';
import { FULL_INCIDENT } from './support/full-incident';
import { TEST_USER, makeTestRegister } from './support/test-register';
import { RECORD_TEXT } from './support/stored-json';

describe('the audit trail', () => {
  let register: ReturnType<typeof makeTestRegister>;
  let incident: Incident;

  beforeEach(async () => {
    register = makeTestRegister();
    await register.signIn();
    const created = await register.dispatch('incident:create', { title: 'Laptop stolen', awareAt: '2026-11-24T10:00:00.000Z' });
    if (!created.ok) throw new Error(created.error.message);
    incident = created.value as Incident;
    register.clock.now = new Date('2026-11-25T10:00:00.000Z');
    await register.signIn('Łukasz Żółć');
    await register.dispatch('incident:update', { id: incident.id, changes: { title: 'Laptop stolen from car', peopleCount: { kind: 'exact', value: 40 } } });
  });
  afterEach(() => register.cleanup());

  const timeline = async () => {
    const result = await register.dispatch('incident:timeline', { id: incident.id });
    if (!result.ok) throw new Error(result.error.message);
    return result.value as AuditEntry[];
  };
  const verify = async () => {
    const result = await register.dispatch('register:verify', {});
    if (!result.ok) throw new Error(result.error.message);
    return result.value as VerifyResult;
  };
  /** Opens the file directly with the key, as someone editing it behind the app's back would. */
  const tamper = (sql: string) => {
    register.session.close();
    const db = openDatabase(register.databasePath, { kind: 'raw', bytes: register.keyBytes }, { create: false });
    db.exec('DROP TRIGGER IF EXISTS audit_entry_no_update; DROP TRIGGER IF EXISTS audit_entry_no_delete;');
    db.exec(sql);
    db.close();
    register.reopen();
  };

  it('records who changed which field, when, from what to what', async () => {
    const entries = await timeline();
    expect(entries.map((e) => [e.actor, e.action, e.field])).toEqual([
      [TEST_USER, 'created', null],
      [TEST_USER, 'changed', 'title'],
      [TEST_USER, 'changed', 'awareAt'],
      ['Łukasz Żółć', 'changed', 'title'],
      ['Łukasz Żółć', 'changed', 'peopleCount'],
    ]);
    expect(entries[3]).toMatchObject({ at: '2026-11-25T10:00:00.000Z', oldValue: 'Laptop stolen', newValue: 'Laptop stolen from car' });
    expect(entries[4]).toMatchObject({ oldValue: { kind: 'not_known' }, newValue: { kind: 'exact', value: 40 } });
  });

  it('writes nothing when a change is refused', async () => {
    const before = await timeline();
    await register.dispatch('incident:update', { id: incident.id, changes: { awareAt: '2030-01-01T00:00:00.000Z' } });
    expect(await timeline()).toEqual(before);
  });

  it('verifies when untouched, giving the chain head', async () => {
    const result = await verify();
    expect(result).toMatchObject({ intact: true, entriesChecked: 5, firstBadEntry: null, recordsNotMatchingTrail: [] });
    expect(result.headHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses edits and deletions of entries through SQL while its guards are in place', async () => {
    const { db } = await register.session.services();
    expect(() => db.prepare("UPDATE audit_entry SET actor = 'Someone else' WHERE id = 2").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_entry WHERE id = 2').run()).toThrow(/append-only/);
  });

  it('names the first entry whose recorded values were edited behind the app’s back', async () => {
    tamper(`UPDATE audit_entry SET payload_json = '{"old":"Laptop stolen","new":"Nothing happened"}' WHERE id = 4`);
    const result = await verify();
    expect(result.intact).toBe(false);
    expect(result.firstBadEntry).toMatchObject({ id: 4, problem: 'The values it records have been changed' });
    expect(result.entriesChecked).toBe(3);
  });

  it('names an entry whose author was changed', async () => {
    tamper(`UPDATE audit_entry SET actor = 'Someone else' WHERE id = 2`);
    expect((await verify()).firstBadEntry).toMatchObject({ id: 2, problem: expect.stringMatching(/author/) });
  });

  it('notices an entry removed from the middle', async () => {
    tamper('DELETE FROM audit_entry WHERE id = 3');
    expect((await verify()).firstBadEntry).toMatchObject({ id: 4, problem: 'Entry 3 is missing' });
  });

  it('notices a record edited directly, without a matching audit entry', async () => {
    tamper(`UPDATE incident_record SET record_json = json_set(${RECORD_TEXT}, '$.title', 'Nothing to see'), record_packed = NULL WHERE incident_id = ${incident.id}`);
    const result = await verify();
    expect(result.intact).toBe(false);
    expect(result.firstBadEntry).toBeNull();
    expect(result.recordsNotMatchingTrail).toEqual([{ reference: 'BR-2026-0001', field: 'title' }]);
  });

  it('notices a record inserted directly, with no trail at all', async () => {
    tamper(`INSERT INTO incident (id, reference, title, status, cause, breach_types, aware_at, year, created_at, updated_at)
              SELECT 99, 'BR-2026-0099', title, status, cause, breach_types, aware_at, year, created_at, updated_at FROM incident WHERE id = ${incident.id};
            INSERT INTO incident_record (incident_id, record_json, record_packed) SELECT 99, record_json, record_packed FROM incident_record WHERE incident_id = ${incident.id};`);
    const result = await verify();
    expect(result.recordsNotMatchingTrail).toEqual([{ reference: 'BR-2026-0099', field: '(the whole record: it has no audit trail)' }]);
  });
});

describe('removal after the retention period', () => {
  let register: ReturnType<typeof makeTestRegister>;
  let incident: Incident;
  const CLOSED = { ...FULL_INCIDENT, status: 'closed' as const, actions: FULL_INCIDENT.actions.map((a) => ({ ...a, done: true })) };

  beforeEach(async () => {
    register = makeTestRegister();
    await register.signIn();
    const created = await register.dispatch('incident:create', CLOSED);
    if (!created.ok) throw new Error(created.error.message);
    incident = created.value as Incident;
  });
  afterEach(() => register.cleanup());

  it('refuses before the retention period has passed', async () => {
    register.clock.now = new Date('2031-11-24T09:00:00.000Z');
    const result = await register.dispatch('incident:remove-expired', { id: incident.id, confirmReference: incident.reference });
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringMatching(/must be kept until 2032-11-24/) } });
  });

  it('refuses without the reference typed exactly', async () => {
    register.clock.now = new Date('2033-01-01T09:00:00.000Z');
    const result = await register.dispatch('incident:remove-expired', { id: incident.id, confirmReference: 'BR-2026-0002' });
    expect(result).toMatchObject({ ok: false, error: { issues: [{ path: 'confirmReference' }] } });
  });

  it('refuses an open record whatever its age', async () => {
    await register.dispatch('incident:update', { id: incident.id, changes: { status: 'open' } });
    register.clock.now = new Date('2040-01-01T09:00:00.000Z');
    const result = await register.dispatch('incident:remove-expired', { id: incident.id, confirmReference: incident.reference });
    expect(result.ok).toBe(false);
  });

  it('removes it afterwards: personal data gone from the record, trail and file; a tombstone remains; the chain verifies', async () => {
    register.clock.now = new Date('2033-01-01T09:00:00.000Z');
    const result = await register.dispatch('incident:remove-expired', { id: incident.id, confirmReference: 'br-2026-0001' });
    expect(result).toEqual({ ok: true, value: { reference: 'BR-2026-0001' } });
    expect(await register.dispatch('incident:get', { id: incident.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });

    const { db, audit } = await register.session.services();
    const entries = audit.forIncident(incident.id);
    expect(entries.at(-1)).toMatchObject({ action: 'removed_after_retention', reference: 'BR-2026-0001' });
    expect(entries.slice(0, -1).every((e) => e.redacted && e.oldValue === null && e.newValue === null)).toBe(true);
    expect(JSON.stringify(entries)).not.toMatch(/Łukasz|payroll|Дмитрий/i);
    const verify = await register.dispatch('register:verify', {});
    expect(verify.ok && verify.value).toMatchObject({ intact: true, recordsNotMatchingTrail: [] });

    db.pragma('wal_checkpoint(TRUNCATE)');
    db.exec('VACUUM');
    const search = await register.dispatch('incident:list', { search: 'payroll' });
    expect(search.ok && search.value).toMatchObject({ total: 0 });
  });

  it('never gives the removed breach’s id to a new one, so its trail stays its own', async () => {
    register.clock.now = new Date('2033-01-01T09:00:00.000Z');
    expect(await register.dispatch('incident:remove-expired', { id: incident.id, confirmReference: incident.reference })).toMatchObject({ ok: true });
    const next = await register.dispatch('incident:create', { title: 'Parents’ evening list left in the hall' });
    if (!next.ok) throw new Error(next.error.message);
    const created = next.value as Incident;
    expect(created.id).not.toBe(incident.id);
    const history = await register.dispatch('incident:timeline', { id: created.id });
    const entries = history.ok ? (history.value as { action: string; reference: string | null }[]) : [];
    expect(entries[0]).toMatchObject({ action: 'created', reference: created.reference });
    expect(entries.filter((entry) => entry.reference !== created.reference)).toEqual([]);
    const { audit } = await register.session.services();
    expect(audit.forIncident(incident.id).at(-1)).toMatchObject({ action: 'removed_after_retention', reference: incident.reference });
    const verify = await register.dispatch('register:verify', {});
    expect(verify.ok && verify.value).toMatchObject({ intact: true, recordsNotMatchingTrail: [] });
  });
});
