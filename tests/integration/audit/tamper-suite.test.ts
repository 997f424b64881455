import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UnlockCheck, VerifyResult } from '../../../shared/audit';
import { call } from '../assessment/assessment-support';
import { makeTestRegister } from '../support/test-register';
import type { Scenario, TestRegister } from './trail-scenario';
import { buildScenario, messages, tamper, verify } from './trail-scenario';
import { RECORD_TEXT } from '../support/stored-json';

/**
 * Someone with the database key edits the file behind the app's back. Each kind of tampering must
 * be detected by "Verify the register", and named: which breach, which row, which column.
 */
describe('tampering with the register file', () => {
  let register: TestRegister;
  let scenario: Scenario;

  beforeEach(async () => {
    register = makeTestRegister();
    scenario = await buildScenario(register);
  });
  afterEach(() => register.cleanup());

  const expectNamed = (result: VerifyResult, ...patterns: RegExp[]) => {
    expect(result.intact).toBe(false);
    for (const pattern of patterns) expect(messages(result)).toMatch(pattern);
  };

  it('finds the untouched register intact, every row checked', async () => {
    const result = await verify(register);
    expect(messages(result)).toBe('');
    expect(result).toMatchObject({ intact: true, firstBadEntry: null, problems: [] });
    expect(result.rowsChecked).toBeGreaterThan(10);
  });

  it('is checked in full in the background at every unlock, and the outcome names what is wrong', async () => {
    const waitForCheck = async () => {
      for (let attempt = 0; attempt < 200; attempt += 1) {
        const check = await call<UnlockCheck>(register, 'register:unlock-check', {});
        if (check.state !== 'running') return check;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      throw new Error('The check at unlock never finished');
    };
    expect(await waitForCheck()).toMatchObject({ state: 'done', result: { intact: true, problems: [] } });
    tamper(register, `UPDATE incident SET status = 'open' WHERE id = ${scenario.reported.id};`);
    const check = await waitForCheck();
    expect(check.state === 'done' && messages(check.result)).toMatch(/BR-2026-0001: “status” has been changed/);
  });

  it('names a deleted breach, with when its trail says it was recorded', async () => {
    tamper(register, `PRAGMA foreign_keys = ON; DELETE FROM incident WHERE id = ${scenario.newest.id};`);
    expectNamed(await verify(register), /BR-2026-0002 is missing: its trail shows it was recorded on Thu 26 Nov 2026, 17:00 and never removed/);
  });

  it('names a breach deleted with its newest trail entries (its later changes)', async () => {
    tamper(
      register,
      `DROP TRIGGER audit_entry_no_delete;
       DELETE FROM audit_entry WHERE id = (SELECT max(id) FROM audit_entry);
       PRAGMA foreign_keys = ON; DELETE FROM incident WHERE id = ${scenario.newest.id};`,
    );
    expectNamed(await verify(register), /BR-2026-0002 is missing/);
  });

  it('names the reference counter when a breach is deleted with every trail entry since it was recorded', async () => {
    tamper(
      register,
      `DROP TRIGGER audit_entry_no_delete;
       DELETE FROM audit_entry WHERE id >= (SELECT min(id) FROM audit_entry WHERE incident_id = ${scenario.newest.id});
       PRAGMA foreign_keys = ON; DELETE FROM incident WHERE id = ${scenario.newest.id};`,
    );
    // Rewinding the counter as well leaves a shorter trail that is consistent in itself: only the anchor outside the file shows that.
    expectNamed(await verify(register), /The reference counter for 2026: “last_number” has been changed/);
  });

  for (const [column, value] of [
    ['status', `'open'`],
    ['aware_at', `'2026-11-25T12:00:00.000Z'`],
    ['reported_at', 'NULL'],
    ['closed_at', `'2016-01-01T00:00:00.000Z'`],
  ] as const) {
    it(`names a changed ${column}`, async () => {
      tamper(register, `UPDATE incident SET ${column} = ${value} WHERE id = ${scenario.reported.id};`);
      const result = await verify(register);
      expectNamed(result, new RegExp(`BR-2026-0001: “${column}” has been changed outside Breachlog`));
      expect(result.recordsNotMatchingTrail).toContainEqual({ reference: 'BR-2026-0001', field: column });
    });
  }

  it('refuses to remove a breach whose closing date was backdated, and names the date', async () => {
    tamper(register, `UPDATE incident SET closed_at = '2016-01-01T00:00:00.000Z' WHERE id = ${scenario.reported.id};`);
    await register.signIn();
    const removal = await register.dispatch('incident:remove-expired', { id: scenario.reported.id, confirmReference: 'BR-2026-0001' });
    expect(removal).toMatchObject({ ok: false, error: { message: expect.stringMatching(/no longer matches the audit trail/) } });
    expectNamed(await verify(register), /BR-2026-0001: “closed_at”/);
  });

  it('names an ICO submission moved before the deadline', async () => {
    tamper(register, `UPDATE ico_submission SET submitted_at = '2026-11-24T18:00:00.000Z', late = 0 WHERE incident_id = ${scenario.reported.id};`);
    expectNamed(await verify(register), /BR-2026-0001: a report to the ICO \(no\. 1\): “submitted_at” has been changed/);
  });

  for (const [what, sql, pattern] of [
    ['an assessment', 'DELETE FROM assessment', /BR-2026-0001: an assessment version \(no\. 1\) is missing: its trail shows it was recorded on/],
    ['a decision', `DROP TRIGGER assessment_no_update; UPDATE assessment SET decision_json = json_set(decision_json, '$.reportToIco', 'not_required')`, /BR-2026-0001: an assessment version \(no\. 1\): “decision_json” has been changed/],
    ['the decision on the breach', 'UPDATE incident SET report_decision = NULL', /BR-2026-0001: “report_decision” has been changed/],
    ['a submission', 'DELETE FROM ico_submission', /BR-2026-0001: a report to the ICO \(no\. 1\) is missing/],
    ['a telling', 'DELETE FROM people_told', /BR-2026-0001: a record of telling the people affected \(no\. 1\) is missing/],
    ['a fired reminder', 'DELETE FROM reminder_fired WHERE hours_left = 24', /BR-2026-0001: a fired deadline reminder .* is missing/],
    ['the retention setting', `UPDATE setting SET value_json = json_set(value_json, '$.retentionYears', 1) WHERE key = 'register'`, /The setting “register”: “retentionYears” has been changed/],
    ['the idle lock', `UPDATE setting SET value_json = json_set(value_json, '$.idleLockMinutes', 600) WHERE key = 'security'`, /The setting “security”: “idleLockMinutes” has been changed/],
    ['a record field', `UPDATE incident_record SET record_json = json_set(${RECORD_TEXT}, '$.peopleCount', json('{"kind":"exact","value":3}')), record_packed = NULL WHERE incident_id = 1`, /BR-2026-0001: its full record: “peopleCount” has been changed/],
    ['a breach inserted directly', `INSERT INTO incident (id, reference, title, status, cause, breach_types, aware_at, year, created_at, updated_at) VALUES (99, 'BR-2026-0099', 'x', 'open', 'not_yet_known', 0, NULL, 2026, '2026-11-25T09:00:00.000Z', '2026-11-25T09:00:00.000Z')`, /BR-2026-0099 is not on the audit trail/],
  ] as const) {
    it(`names ${what} changed or deleted`, async () => {
      tamper(register, `${sql};`);
      expectNamed(await verify(register), pattern);
    });
  }

  it('names an entry edited once the append-only triggers are dropped, and a row edited after', async () => {
    tamper(register, `DROP TRIGGER audit_entry_no_update; UPDATE audit_entry SET actor = 'Someone else' WHERE id = 3;`);
    const result = await verify(register);
    expectNamed(result, /Audit entry 3: Its time, author, record, field or the rows it vouches for have been changed/);
    expect(result.firstBadEntry).toMatchObject({ id: 3 });
  });

  it('names rows edited with the triggers dropped (verify does not rely on them)', async () => {
    tamper(register, `DROP TRIGGER audit_entry_no_update; DROP TRIGGER audit_entry_no_delete; DROP TRIGGER assessment_no_update; UPDATE incident SET title = 'Nothing happened' WHERE id = 1;`);
    expectNamed(await verify(register), /BR-2026-0001: “title” has been changed/);
  });

  it('names the erased trail values of a breach that was never removed', async () => {
    // The append-only trigger allows erasing values (retention needs it): verify must tell the two apart.
    tamper(register, `UPDATE audit_entry SET payload_json = NULL, payload_packed = NULL WHERE incident_id = ${scenario.reported.id};`);
    expectNamed(await verify(register), /BR-2026-0001: the values of audit entry \d+ have been erased, but the breach was never removed/);
  });

  it('names a register-wide entry whose values were erased', async () => {
    tamper(register, `UPDATE audit_entry SET payload_json = NULL, payload_packed = NULL WHERE action = 'settings_changed';`);
    expectNamed(await verify(register), /A register-wide entry: the values of audit entry \d+ have been erased/);
  });

  it('names a forged entry in the old format added after the upgrade', async () => {
    tamper(register, `DROP TRIGGER audit_entry_no_update; UPDATE audit_entry SET rows_json = NULL WHERE id = (SELECT max(id) FROM audit_entry);`);
    expectNamed(await verify(register), /Audit entry \d+: Its time, author, record, field or the rows it vouches for have been changed/);
  });
});
