import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AssessmentVersion } from '../../../shared/assessment-record';
import type { Incident } from '../../../shared/incident';
import { latestSchemaVersion } from '../../../electron/services/database/migrate';
import { makeTestRegister } from '../support/test-register';
import type { TestRegister } from './assessment-support';
import { WRONG_EMAIL_ANSWERS, call, recordWrongEmail } from './assessment-support';

const ACCEPTED = { reportToIco: 'not_required', tellPeople: 'not_required', tellPeopleException: null, justification: '' };

describe('migration 3: assessment versions', () => {
  let register: TestRegister;
  let incident: Incident;

  beforeEach(async () => {
    register = makeTestRegister();
    await call(register, 'session:set-user', { name: 'Test User' });
    incident = await recordWrongEmail(register);
    await call<AssessmentVersion>(register, 'assessment:save', { incidentId: incident.id, answers: WRONG_EMAIL_ANSWERS, decision: ACCEPTED });
  });
  afterEach(() => register.cleanup());

  const db = async () => (await register.session.services()).db;

  it('brings the register to schema version 3', async () => {
    expect(latestSchemaVersion()).toBeGreaterThanOrEqual(3);
    expect((await db()).pragma('user_version', { simple: true })).toBe(latestSchemaVersion());
  });

  it("reads an incident's versions, newest first, through the unique index without sorting", async () => {
    const plan = (await db())
      .prepare('EXPLAIN QUERY PLAN SELECT * FROM assessment WHERE incident_id = ? ORDER BY version DESC')
      .all(incident.id) as { detail: string }[];
    const details = plan.map((row) => row.detail).join('\n');
    expect(details).toMatch(/USING INDEX sqlite_autoindex_assessment_1/);
    expect(details).not.toMatch(/TEMP B-TREE/);
  });

  it('never changes a saved version', async () => {
    const update = (await db()).prepare("UPDATE assessment SET actor = 'Someone else'");
    expect(() => update.run()).toThrow(/never changed/);
  });

  it('refuses a second row with the same version number, and rows that are not JSON', async () => {
    const insert = (await db()).prepare(
      `INSERT INTO assessment (incident_id, version, created_at, actor, answers_json, advice_json, decision_json, from_record_json)
       VALUES (?, ?, '2026-11-25T09:00:00.000Z', 'x', ?, '{}', '{}', '{}')`,
    );
    expect(() => insert.run(incident.id, 1, '{}')).toThrow(/UNIQUE/);
    expect(() => insert.run(incident.id, 2, 'not json')).toThrow(/CHECK/);
  });

  it('removes the assessments with their incident after the retention period', async () => {
    await call(register, 'incident:update', {
      id: incident.id,
      changes: { status: 'closed', containment: 'Parent deleted the email.', lessonsLearned: 'Check the address.' },
    });
    register.clock.now = new Date('2033-01-01T09:00:00.000Z');
    await call(register, 'incident:remove-expired', { id: incident.id, confirmReference: incident.reference });
    expect((await db()).prepare('SELECT count(*) AS n FROM assessment').get()).toEqual({ n: 0 });
  });
});
