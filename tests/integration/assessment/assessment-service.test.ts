import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AssessmentResult } from '../../../shared/assessment';
import type { AssessmentVersion, Staleness } from '../../../shared/assessment-record';
import type { AuditEntry } from '../../../shared/audit';
import type { Incident } from '../../../shared/incident';
import type { RegisterPage } from '../../../shared/register-query';
import type { DocumentModel } from '../../../shared/documents/document-model';
import { DATA_CATEGORY_LABELS } from '../../../shared/labels';
import { makeTestRegister } from '../support/test-register';
import type { TestRegister } from './assessment-support';
import { STOLEN_PAYROLL_ANSWERS, WRONG_EMAIL_ANSWERS, call, recordWrongEmail } from './assessment-support';

interface History {
  versions: AssessmentVersion[];
  outOfDate: Staleness;
}

const acceptAdvice = (advice: AssessmentResult) => ({
  reportToIco: advice.reportToIco,
  tellPeople: advice.tellPeople,
  tellPeopleException: advice.tellPeopleException,
  justification: '',
});

describe('assessing the risk of a recorded breach', () => {
  let register: TestRegister;
  let incident: Incident;

  beforeEach(async () => {
    register = makeTestRegister();
    await call(register, 'session:set-user', { name: 'Test User' });
    incident = await recordWrongEmail(register);
  });
  afterEach(() => register.cleanup());

  async function save(answers: typeof WRONG_EMAIL_ANSWERS, decision?: object) {
    const advice = await call<AssessmentResult>(register, 'assessment:advise', { answers });
    return call<AssessmentVersion>(register, 'assessment:save', {
      incidentId: incident.id,
      answers,
      decision: decision ?? acceptAdvice(advice),
    });
  }

  it('has no assessment before the first is saved', async () => {
    const history = await call<History>(register, 'assessment:list', { incidentId: incident.id });
    expect(history).toEqual({ versions: [], outOfDate: { stale: false, reason: null } });
  });

  it('saves a first version with the advice worked out in the main process', async () => {
    const saved = await save(WRONG_EMAIL_ANSWERS);
    expect(saved).toMatchObject({
      incidentId: incident.id,
      version: 1,
      actor: 'Test User',
      createdAt: '2026-11-25T09:00:00.000Z',
      answers: WRONG_EMAIL_ANSWERS,
      advice: { riskLevel: 'unlikely', reportToIco: 'not_required', tellPeople: 'not_required' },
      decision: { reportToIco: 'not_required', tellPeople: 'not_required', followsAdvice: true, justification: '' },
      fromRecord: { cause: 'sent_to_wrong_recipient', dataCategories: ['basic_identifiers'] },
    });
    expect(saved.advice.reasons.length).toBeGreaterThan(0);
  });

  it('ignores any advice the renderer tries to send with the answers', async () => {
    const result = await register.dispatch('assessment:save', {
      incidentId: incident.id,
      answers: STOLEN_PAYROLL_ANSWERS,
      decision: { reportToIco: 'not_required', tellPeople: 'not_required', tellPeopleException: null, justification: '' },
      advice: { riskLevel: 'unlikely' },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('refuses a decision that differs from the advice without a justification, and saves nothing', async () => {
    const result = await register.dispatch('assessment:save', {
      incidentId: incident.id,
      answers: STOLEN_PAYROLL_ANSWERS,
      decision: { reportToIco: 'not_required', tellPeople: 'not_required', tellPeopleException: null, justification: 'No.' },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid_input');
      expect(result.error.issues?.map((i) => i.path)).toEqual(['justification']);
    }
    const history = await call<History>(register, 'assessment:list', { incidentId: incident.id });
    expect(history.versions).toEqual([]);
    const timeline = await call<AuditEntry[]>(register, 'incident:timeline', { id: incident.id });
    expect(timeline.map((e) => e.action)).not.toContain('assessed');
  });

  it('keeps a different decision with its justification, and the register shows the decision', async () => {
    const saved = await save(WRONG_EMAIL_ANSWERS, {
      reportToIco: 'required',
      tellPeople: 'not_required',
      tellPeopleException: null,
      justification: 'The parent is a journalist, so we are reporting it to be safe.',
    });
    expect(saved.advice.reportToIco).toBe('not_required');
    expect(saved.decision).toEqual({
      reportToIco: 'required',
      tellPeople: 'not_required',
      tellPeopleException: null,
      followsAdvice: false,
      justification: 'The parent is a journalist, so we are reporting it to be safe.',
    });
    const page = await call<RegisterPage>(register, 'incident:list', {});
    expect(page.items[0]?.reportDecision).toBe('required');
  });

  it('keeps every version; the newest is current and sets the register decision', async () => {
    await save(WRONG_EMAIL_ANSWERS);
    let page = await call<RegisterPage>(register, 'incident:list', {});
    expect(page.items[0]?.reportDecision).toBe('not_required');

    register.clock.now = new Date('2026-11-25T11:30:00.000Z');
    await save(STOLEN_PAYROLL_ANSWERS);
    const history = await call<History>(register, 'assessment:list', { incidentId: incident.id });
    expect(history.versions.map((v) => [v.version, v.advice.riskLevel, v.decision.reportToIco])).toEqual([
      [2, 'high', 'required'],
      [1, 'unlikely', 'not_required'],
    ]);
    page = await call<RegisterPage>(register, 'incident:list', {});
    expect(page.items[0]?.reportDecision).toBe('required');
  });

  it('writes the advice and the decision on the audit trail with the version', async () => {
    await save(WRONG_EMAIL_ANSWERS);
    await save(STOLEN_PAYROLL_ANSWERS);
    const timeline = await call<AuditEntry[]>(register, 'incident:timeline', { id: incident.id });
    const assessed = timeline.filter((e) => e.action === 'assessed');
    const decided = timeline.filter((e) => e.action === 'decided');
    expect(assessed.map((e) => e.newValue)).toEqual([
      { version: 1, riskLevel: 'unlikely', reportToIco: 'not_required', tellPeople: 'not_required', exception: null },
      { version: 2, riskLevel: 'high', reportToIco: 'required', tellPeople: 'required', exception: null },
    ]);
    expect(assessed[1]?.oldValue).toEqual(assessed[0]?.newValue);
    expect(decided[1]).toMatchObject({
      actor: 'Test User',
      reference: incident.reference,
      newValue: { version: 2, reportToIco: 'required', followsAdvice: true },
    });
    const verify = await call<{ intact: boolean }>(register, 'register:verify', {});
    expect(verify.intact).toBe(true);
  });

  it('says the assessment is out of date once special category data is added to the record', async () => {
    const saved = await save({ ...WRONG_EMAIL_ANSWERS, disclosure: 'few_known_recipients', containment: 'attempted' });
    expect(saved.advice.reportToIco).toBe('not_required');
    await call(register, 'incident:update', { id: incident.id, changes: { title: 'Class list sent to the wrong parent' } });
    let history = await call<History>(register, 'assessment:list', { incidentId: incident.id });
    expect(history.outOfDate).toEqual({ stale: false, reason: null });

    await call(register, 'incident:update', { id: incident.id, changes: { dataCategories: ['basic_identifiers', 'health'] } });
    history = await call<History>(register, 'assessment:list', { incidentId: incident.id });
    expect(history.outOfDate).toEqual({
      stale: true,
      reason: 'Special category data has been added to the record since this assessment.',
    });
  });

  it('writes an answer that corrects the record back to it, on the trail, so the ICO draft shows it', async () => {
    // The record says only names; the wizard found bank details and National Insurance numbers too.
    await save(STOLEN_PAYROLL_ANSWERS);
    const record = await call<Incident>(register, 'incident:get', { id: incident.id });
    expect(record.dataCategories).toEqual(['basic_identifiers', 'financial', 'official_documents']);
    const timeline = await call<AuditEntry[]>(register, 'incident:timeline', { id: incident.id });
    expect(timeline.filter((e) => e.action === 'changed' && e.field === 'dataCategories').at(-1)).toMatchObject({
      actor: 'Test User',
      oldValue: ['basic_identifiers'],
      newValue: ['basic_identifiers', 'financial', 'official_documents'],
    });
    const history = await call<History>(register, 'assessment:list', { incidentId: incident.id });
    expect(history.outOfDate).toEqual({ stale: false, reason: null });
    expect(history.versions[0]?.fromRecord.dataCategories).toEqual(record.dataCategories);
    const draft = await call<DocumentModel>(register, 'document:preview', { request: { kind: 'ico-report', incidentId: incident.id } });
    expect(JSON.stringify(draft)).toContain(DATA_CATEGORY_LABELS.official_documents);
    expect((await call<{ intact: boolean }>(register, 'register:verify', {})).intact).toBe(true);
  });

  it('changes nothing in the record when the answers agree with it', async () => {
    const changes = async () =>
      (await call<AuditEntry[]>(register, 'incident:timeline', { id: incident.id })).filter((e) => e.action === 'changed').length;
    const before = await changes();
    await save(WRONG_EMAIL_ANSWERS);
    expect(await changes()).toBe(before);
  });

  it('needs to know who is deciding', async () => {
    register.reopen();
    const result = await register.dispatch('assessment:save', {
      incidentId: incident.id,
      answers: WRONG_EMAIL_ANSWERS,
      decision: { reportToIco: 'not_required', tellPeople: 'not_required', tellPeopleException: null, justification: '' },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('Say who you are') } });
  });

  it('keeps the versions across a restart', async () => {
    await save(WRONG_EMAIL_ANSWERS);
    register.reopen();
    const history = await call<History>(register, 'assessment:list', { incidentId: incident.id });
    expect(history.versions).toHaveLength(1);
    expect(history.versions[0]?.answers).toEqual(WRONG_EMAIL_ANSWERS);
  });

  it('answers not_found for an incident that is not there', async () => {
    expect(await register.dispatch('assessment:list', { incidentId: 99 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const saved = await register.dispatch('assessment:save', {
      incidentId: 99,
      answers: WRONG_EMAIL_ANSWERS,
      decision: { reportToIco: 'not_required', tellPeople: 'not_required', tellPeopleException: null, justification: '' },
    });
    expect(saved).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('refuses answers that do not fit the questions', async () => {
    const result = await register.dispatch('assessment:advise', { answers: { ...WRONG_EMAIL_ANSWERS, disclosure: 'maybe' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'answers.disclosure' }] } });
  });
});
