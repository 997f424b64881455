import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AssessmentResult } from '../../../shared/assessment';
import type { AssessmentVersion } from '../../../shared/assessment-record';
import { PECR } from '../../../shared/regimes/pecr';
import { call, recordWrongEmail, WRONG_EMAIL_ANSWERS } from '../assessment/assessment-support';
import type { TestRegister } from '../audit/trail-scenario';
import { makeTestRegister } from '../support/test-register';

/** PECR reg. 5A(2) has no risk threshold: under it "no report needed" is refused, whatever the advice. */
describe('under PECR every breach is reported', () => {
  let register: TestRegister;
  beforeEach(async () => {
    register = makeTestRegister();
    await register.signIn();
  });
  afterEach(() => register.cleanup());

  const notRequired = { reportToIco: 'not_required', tellPeople: 'not_required', tellPeopleException: null, justification: '' } as const;

  it('saves "no report needed" on advice that finds no risk under UK GDPR', async () => {
    const incident = await recordWrongEmail(register);
    const advice = await call<AssessmentResult>(register, 'assessment:advise', { answers: WRONG_EMAIL_ANSWERS });
    expect(advice.reportToIco).toBe('not_required');
    const saved = await call<AssessmentVersion>(register, 'assessment:save', { incidentId: incident.id, answers: WRONG_EMAIL_ANSWERS, decision: notRequired });
    expect(saved.decision.reportToIco).toBe('not_required');
  });

  it('refuses the same decision under PECR, naming the rule, and saves nothing', async () => {
    await call(register, 'settings:update', { retentionYears: 6, timeZone: 'Europe/London', regime: 'pecr' });
    const incident = await recordWrongEmail(register);
    const refused = await register.dispatch('assessment:save', { incidentId: incident.id, answers: WRONG_EMAIL_ANSWERS, decision: notRequired });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(JSON.stringify(refused)).toContain(PECR.reportRule);
    const history = await call<{ versions: unknown[] }>(register, 'assessment:list', { incidentId: incident.id });
    expect(history.versions).toEqual([]);
    const reporting = { ...notRequired, reportToIco: 'required', justification: 'We provide a public electronic communications service, so PECR has us report every breach.' };
    const saved = await call<AssessmentVersion>(register, 'assessment:save', { incidentId: incident.id, answers: WRONG_EMAIL_ANSWERS, decision: reporting });
    expect(saved.decision).toMatchObject({ reportToIco: 'required', followsAdvice: false });
  });
});
