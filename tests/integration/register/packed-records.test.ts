import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { unpackJson } from '../../../electron/services/database/packed-json';
import type { Incident } from '../../../shared/incident';
import { tamper } from '../audit/trail-scenario';
import { FULL_INCIDENT } from '../support/full-incident';
import { makeTestRegister } from '../support/test-register';
import { RECORD_TEXT } from '../support/stored-json';

type TestRegister = ReturnType<typeof makeTestRegister>;

/** Records kept deflated (schema 17): every field reads back as saved, and a changed packed record is named, not crashed on. */
describe('packed records', () => {
  let register: TestRegister;
  let incident: Incident;

  beforeEach(async () => {
    register = makeTestRegister();
    await register.signIn();
    const created = await register.dispatch('incident:create', FULL_INCIDENT);
    if (!created.ok) throw new Error(created.error.message);
    incident = created.value as Incident;
  });
  afterEach(() => register.cleanup());

  const stored = async () =>
    (await register.session.services()).db
      .prepare<[number], { record_json: string | null; record_packed: Buffer | null }>('SELECT record_json, record_packed FROM incident_record WHERE incident_id = ?')
      .get(incident.id);

  const get = async () => register.dispatch('incident:get', { id: incident.id });

  const verify = async () => {
    const result = await register.dispatch('register:verify', {});
    if (!result.ok) throw new Error(result.error.message);
    return result.value as { intact: boolean; recordsNotMatchingTrail: { reference: string; field: string }[]; problems: { message: string }[] };
  };

  it('keeps the record packed, smaller than its text, and reads back every field as saved, also after reopening', async () => {
    const row = (await stored());
    expect(row?.record_json).toBeNull();
    const text = unpackJson(null, row?.record_packed) ?? '';
    expect(row?.record_packed?.length).toBeLessThan(Buffer.byteLength(text) / 1.5);
    const fields = { ...FULL_INCIDENT, whatHappened: `${FULL_INCIDENT.whatHappened} Two more staff were copied in.`, status: 'contained' as const };
    expect((await register.dispatch('incident:update', { id: incident.id, changes: fields })).ok).toBe(true);
    register.reopen();
    const read = await get();
    expect(read.ok && read.value).toMatchObject(fields);
    expect(JSON.parse(unpackJson(null, (await stored())?.record_packed) ?? '{}')).toMatchObject(fields);
    expect(await verify()).toMatchObject({ intact: true, recordsNotMatchingTrail: [] });
  });

  it('reads a record still kept as text (saved before schema 17) and packs it at its next save, its trail still matching', async () => {
    tamper(register, `UPDATE incident_record SET record_json = ${RECORD_TEXT}, record_packed = NULL WHERE incident_id = ${incident.id}`);
    expect((await stored())?.record_packed).toBeNull();
    expect(await verify()).toMatchObject({ intact: true });
    const read = await get();
    expect(read.ok && read.value).toMatchObject(FULL_INCIDENT);
    await register.signIn();
    const saved = await register.dispatch('incident:update', { id: incident.id, changes: { title: 'Payroll emailed to the wrong Acme' } });
    expect(saved.ok ? 'saved' : saved.error.message).toBe('saved');
    expect((await stored())).toMatchObject({ record_json: null });
    expect(await verify()).toMatchObject({ intact: true });
  });

  it('names a field changed inside the packed record, and refuses in words a record whose bytes no longer inflate', async () => {
    tamper(
      register,
      `UPDATE incident_record SET record_packed = (SELECT record_packed FROM incident_record WHERE incident_id = ${incident.id}) WHERE incident_id = ${incident.id}`,
    );
    expect(await verify()).toMatchObject({ intact: true });
    // Someone with the key and zlib: the description rewritten and packed again with the same dictionary.
    const row = (await stored());
    const edited = JSON.stringify({ ...JSON.parse(unpackJson(null, row?.record_packed) ?? '{}'), whatHappened: 'Nothing happened.' });
    tamper(register, `UPDATE incident_record SET record_json = '${edited.replaceAll("'", "''")}', record_packed = NULL WHERE incident_id = ${incident.id}`);
    expect((await verify()).recordsNotMatchingTrail).toEqual([{ reference: incident.reference, field: 'whatHappened' }]);

    tamper(register, `UPDATE incident_record SET record_json = NULL, record_packed = x'00ff00ff' WHERE incident_id = ${incident.id}`);
    const read = await get();
    expect(read.ok ? null : read.error).toMatchObject({ code: 'database_damaged', message: expect.stringMatching(new RegExp(`^${incident.reference}: its full record can no longer be read`)) });
    const result = await verify();
    expect(result.intact).toBe(false);
    expect(result.problems.map((problem) => problem.message)).toContain(`${incident.reference}: its full record has been changed outside Breachlog: it no longer matches its trail.`);
  });
});
