import { describe, expect, it } from 'vitest';
import type { AssessmentAnswers } from '../../../shared/assessment';
import { assessBreach } from '../../../shared/assessment';
import type { DecisionInput } from '../../../shared/assessment-record';
import { decisionFromAdvice, decisionInputSchema, decisionIssues, followsAdvice, recordDecision } from '../../../shared/assessment-record';
import { QUIET, answersWith } from '../assessment/answers-builder';

const highRisk: AssessmentAnswers = answersWith({
  disclosure: 'public',
  cause: 'malicious',
  dataCategories: ['special_health'],
  harmSeverity: 'severe',
});

describe('recording a decision against the advice', () => {
  it('accepts the advice without a justification', () => {
    const advice = assessBreach(highRisk);
    const decision = decisionFromAdvice(advice);
    expect(advice.reportToIco).toBe('required');
    expect(advice.tellPeople).toBe('required');
    expect(decisionIssues(decision, advice)).toEqual([]);
    expect(recordDecision(decision, advice)).toMatchObject({ followsAdvice: true, justification: '' });
  });

  it('needs a justification of at least 20 characters for a different decision', () => {
    const advice = assessBreach(QUIET);
    expect(advice.reportToIco).toBe('not_required');
    const differ: DecisionInput = { ...decisionFromAdvice(advice), reportToIco: 'required', justification: 'To be safe.' };
    expect(followsAdvice(differ, advice)).toBe(false);
    expect(decisionIssues(differ, advice)).toEqual([
      { path: 'justification', message: expect.stringContaining('explain why') as unknown as string },
    ]);
    const justified = { ...differ, justification: '   The client asked us to tell the ICO anyway.  ' };
    expect(decisionIssues(justified, advice)).toEqual([]);
    expect(recordDecision(justified, advice)).toMatchObject({
      reportToIco: 'required',
      followsAdvice: false,
      justification: 'The client asked us to tell the ICO anyway.',
    });
  });

  it('does not count spaces towards the justification', () => {
    const advice = assessBreach(QUIET);
    const differ: DecisionInput = { ...decisionFromAdvice(advice), reportToIco: 'required', justification: ' '.repeat(40) };
    expect(decisionIssues(differ, advice).map((i) => i.path)).toEqual(['justification']);
  });

  it('treats a different exception as a different decision', () => {
    const advice = assessBreach({ ...highRisk, contactEffort: 'disproportionate' });
    expect(advice.tellPeopleException).toBe('disproportionate_effort');
    const other: DecisionInput = { ...decisionFromAdvice(advice), tellPeopleException: 'risk_no_longer_likely' };
    expect(decisionIssues(other, advice).map((i) => i.path)).toEqual(['justification']);
  });

  it('names an exception exactly when one applies', () => {
    const advice = assessBreach(highRisk);
    const missing: DecisionInput = { ...decisionFromAdvice(advice), tellPeople: 'exception_applies', justification: 'x'.repeat(30) };
    expect(decisionIssues(missing, advice)).toEqual([{ path: 'tellPeopleException', message: 'Choose which exception applies' }]);
    const stray: DecisionInput = { ...decisionFromAdvice(advice), tellPeopleException: 'unintelligible', justification: 'x'.repeat(30) };
    expect(decisionIssues(stray, advice).map((i) => i.path)).toEqual(['tellPeopleException']);
  });

  it('refuses telling people without reporting to the ICO', () => {
    const advice = assessBreach(QUIET);
    const odd: DecisionInput = { ...decisionFromAdvice(advice), tellPeople: 'required', justification: 'We want to tell them all.' };
    expect(decisionIssues(odd, advice).map((i) => i.path)).toEqual(['reportToIco']);
  });

  it('checks the same rules when the contract parses a decision', () => {
    const parsed = decisionInputSchema.safeParse({
      reportToIco: 'required',
      tellPeople: 'exception_applies',
      tellPeopleException: null,
      justification: '',
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(['tellPeopleException']);
    expect(decisionInputSchema.safeParse({ ...decisionFromAdvice(assessBreach(QUIET)), followsAdvice: true }).success).toBe(false);
  });
});
