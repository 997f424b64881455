import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry, VerifyResult } from '../../../shared/audit';
import type { Incident } from '../../../shared/incident';
import type { LetterState, LetterVersion } from '../../../shared/letter';
import { makeTestRegister } from '../support/test-register';
import { messages, tamper } from '../audit/trail-scenario';
import { call, flat, fullyFilledIncident, pdfText, saveDocument } from './document-support';

describe('the letter’s history', () => {
  const register = makeTestRegister({ now: new Date('2026-11-25T09:00:00.000Z') });
  let incident: Incident;

  beforeAll(async () => {
    await register.signIn('Siân Evans');
    incident = await fullyFilledIncident(register);
    const start = await call<LetterState>(register, 'letter:get', { incidentId: incident.id });
    await call(register, 'letter:save', { incidentId: incident.id, fields: { ...start.fields, greeting: 'Dear Ms Khan,', whatHappened: 'First words.' } });
    register.clock.now = new Date('2026-11-25T10:30:00.000Z');
    await register.signIn('Tomás Ó Briain');
    await call(register, 'letter:save', { incidentId: incident.id, fields: { ...start.fields, greeting: 'Dear Mr Khan,', whatHappened: 'Second words.' } });
  });
  afterAll(() => register.cleanup());

  it('lists each version with when and by whom, newest first, and reads an older one as it was saved', async () => {
    const state = await call<LetterState>(register, 'letter:get', { incidentId: incident.id });
    expect(state.versions).toEqual([
      { version: 2, savedAt: '2026-11-25T10:30:00.000Z', savedBy: 'Tomás Ó Briain' },
      { version: 1, savedAt: '2026-11-25T09:00:00.000Z', savedBy: 'Siân Evans' },
    ]);
    const first = await call<LetterVersion>(register, 'letter:version', { incidentId: incident.id, version: 1 });
    expect(first.info).toEqual({ version: 1, savedAt: '2026-11-25T09:00:00.000Z', savedBy: 'Siân Evans' });
    expect(first.fields.whatHappened).toBe('First words.');
    expect(first.fields.greeting).toBe('Dear Ms Khan,');
    // Reading it changes nothing.
    expect((await call<LetterState>(register, 'letter:get', { incidentId: incident.id })).fields.whatHappened).toBe('Second words.');
  });

  it('makes an older version current again as a new version, on the trail, and the PDF uses it', async () => {
    register.clock.now = new Date('2026-11-25T11:00:00.000Z');
    const restored = await call<LetterState>(register, 'letter:restore', { incidentId: incident.id, version: 1 });
    expect(restored.versions.map((v) => [v.version, v.restoredFrom])).toEqual([
      [3, 1],
      [2, undefined],
      [1, undefined],
    ]);
    expect(restored.versions[0]).toMatchObject({ savedAt: '2026-11-25T11:00:00.000Z', savedBy: 'Tomás Ó Briain' });
    expect(restored.fields.whatHappened).toBe('First words.');
    // The versions in between are kept as they were.
    expect((await call<LetterVersion>(register, 'letter:version', { incidentId: incident.id, version: 2 })).fields.whatHappened).toBe('Second words.');
    expect((await call<LetterVersion>(register, 'letter:version', { incidentId: incident.id, version: 3 })).info.restoredFrom).toBe(1);

    const trail = await call<AuditEntry[]>(register, 'incident:timeline', { id: incident.id });
    const entry = trail.find((e) => e.action === 'letter_restored');
    expect(entry).toMatchObject({ actor: 'Tomás Ó Briain', newValue: { version: 3, restoredFrom: 1 } });

    const { path } = await saveDocument(register, 'document:save-pdf', { kind: 'letter', incidentId: incident.id });
    const text = flat(pdfText(path));
    expect(text).toContain('First words.');
    expect(text).not.toContain('Second words.');
    expect(text).toContain('Dear Ms Khan,');

    const verified = await call<VerifyResult>(register, 'register:verify', {});
    expect(messages(verified)).toBe('');
  });

  it('restoring the current version, or the same one twice (a double click), adds nothing', async () => {
    const before = await call<LetterState>(register, 'letter:get', { incidentId: incident.id });
    const after = await call<LetterState>(register, 'letter:restore', { incidentId: incident.id, version: before.versions[0]?.version ?? 0 });
    expect(after.versions).toEqual(before.versions);
    // Version 1's words are the current ones (version 3 brought them back): a second restore is a no-op.
    const twice = await Promise.all([1, 1].map((version) => register.dispatch('letter:restore', { incidentId: incident.id, version })));
    expect(twice.every((result) => result.ok)).toBe(true);
    expect((await call<LetterState>(register, 'letter:get', { incidentId: incident.id })).versions).toEqual(before.versions);
    // Version 2 twice at once: one new version, not two.
    await Promise.all([2, 2].map((version) => register.dispatch('letter:restore', { incidentId: incident.id, version })));
    const afterTwo = await call<LetterState>(register, 'letter:get', { incidentId: incident.id });
    expect(afterTwo.versions.map((v) => [v.version, v.restoredFrom])).toEqual([
      [4, 2],
      [3, 1],
      [2, undefined],
      [1, undefined],
    ]);
  });

  it('refuses a version that was never saved, another breach’s, or nonsense, and changes nothing', async () => {
    const before = await call<LetterState>(register, 'letter:get', { incidentId: incident.id });
    const trailBefore = (await call<AuditEntry[]>(register, 'incident:timeline', { id: incident.id })).length;
    for (const input of [
      { incidentId: incident.id, version: 99 },
      { incidentId: incident.id, version: 0 },
      { incidentId: incident.id, version: -1 },
      { incidentId: incident.id, version: 1.5 },
      { incidentId: incident.id, version: '1' },
      { incidentId: incident.id },
      { incidentId: incident.id, version: 1, fields: {} },
      { incidentId: 9999, version: 1 },
    ]) {
      for (const operation of ['letter:restore', 'letter:version']) {
        const result = await register.dispatch(operation, input);
        expect(result.ok, `${operation} ${JSON.stringify(input)}`).toBe(false);
      }
    }
    const unknown = await register.dispatch('letter:version', { incidentId: incident.id, version: 99 });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found', message: 'This letter has no version 99.' } });
    expect((await call<LetterState>(register, 'letter:get', { incidentId: incident.id })).versions).toEqual(before.versions);
    expect(await call<AuditEntry[]>(register, 'incident:timeline', { id: incident.id })).toHaveLength(trailBefore);
  });

  it('verify finds a restored version changed behind the app', async () => {
    tamper(register, "UPDATE letter_version SET fields_json = json_set(fields_json, '$.whatHappened', 'Nothing happened.') WHERE version = 4;");
    const changed = await call<VerifyResult>(register, 'register:verify', {});
    expect(changed.intact).toBe(false);
    expect(messages(changed)).toMatch(/BR-2026-0001.*letter/);
  });
});
