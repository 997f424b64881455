import { describe, expect, it } from 'vitest';
import type { AssessmentAnswers, AssessmentResult } from '../../../shared/assessment';
import { assessBreach } from '../../../shared/assessment';
import { prefillAnswers } from '../../../shared/assessment-record';
import type { RecordBasis } from '../../../shared/assessment-record';
import { answersWith, duties } from './answers-builder';

/**
 * Worked cases for the facts real breaches have that the rules now weigh: each with the
 * decisions expected and the reason the decision rests on.
 */

const reason = (result: AssessmentResult, factor: string) => result.reasons.find((r) => r.factor === factor)?.text ?? '';

describe('HASHED-1: a shop’s user table copied by hackers, passwords hashed and salted', () => {
  const userTable = answersWith({
    disclosure: 'many_or_unknown_recipients',
    cause: 'malicious',
    dataCategories: ['basic_identifiers', 'credentials'],
    harmSeverity: 'upset',
    peopleCount: 'up_to_1000',
  });

  it('hashed and salted: report, and people need not be told because the passwords cannot be read', () => {
    const result = assessBreach({ ...userTable, protection: 'strong_hash' });
    expect(duties(result)).toEqual({ report: true, tell: false });
    expect(result.tellPeopleException).toBe('unintelligible');
    expect(reason(result, 'encryption')).toMatch(/strong, salted hash/);
  });

  it('stored readable: report and tell, because the passwords open people’s accounts', () => {
    const result = assessBreach({ ...userTable, protection: 'none' });
    expect(duties(result)).toEqual({ report: true, tell: true });
    expect(result.reasons.some((r) => r.text.includes('Usernames and passwords let someone get into'))).toBe(true);
  });
});

describe('LONG-1: an attacker in the booking system, logs show no export', () => {
  const intrusion = answersWith({
    disclosure: 'access_no_copy',
    cause: 'malicious',
    dataCategories: ['basic_identifiers'],
    harmSeverity: 'upset',
    peopleCount: 'up_to_1000',
  });

  it('found the same day: no report, because nothing was copied and it was stopped at once', () => {
    const result = assessBreach({ ...intrusion, exposureDuration: 'under_a_day' });
    expect(duties(result)).toEqual({ report: false, tell: false });
    expect(reason(result, 'recipients')).toMatch(/logs show nothing was copied/);
  });

  it('unnoticed for two months: report, because the long exposure makes copying and misuse likely', () => {
    const result = assessBreach({ ...intrusion, exposureDuration: 'over_a_week' });
    expect(duties(result)).toEqual({ report: true, tell: false });
    expect(reason(result, 'exposure')).toMatch(/more than a week/);
  });
});

describe('COUNTS-1: a portal bug showed 2,000 customers’ orders to other customers; 12 were actually viewed', () => {
  const portal = answersWith({
    disclosure: 'few_known_recipients',
    dataCategories: ['basic_identifiers', 'behavioural'],
    harmSeverity: 'upset',
    peopleCount: 'over_1000',
    containment: 'attempted',
  });

  it('no sign anyone looked: no report, the exposure alone is unlikely to harm', () => {
    expect(duties(assessBreach({ ...portal, misuseSeen: 'no_sign_so_far' }))).toEqual({ report: false, tell: false });
  });

  it('some accounts actually viewed: report, for everyone exposed, not only the 12', () => {
    const result = assessBreach({ ...portal, misuseSeen: 'seen_for_some' });
    expect(duties(result)).toEqual({ report: true, tell: false });
    expect(reason(result, 'misuse')).toMatch(/covers everyone whose data was exposed/);
  });
});

describe('IMPERSONATION-1: a caller pretending to be a customer was given her bank details and address', () => {
  const record: RecordBasis = {
    breachTypes: ['confidentiality'],
    cause: 'impersonation',
    dataCategories: ['basic_identifiers', 'financial'],
    peopleCategories: ['customers'],
    peopleCount: { kind: 'exact', value: 1 },
  };

  it('the record’s cause answers "deliberate", and the impostor’s use of bank details is a high risk: report and tell', () => {
    const prefill = prefillAnswers(record);
    expect(prefill).toMatchObject({ cause: 'malicious', dataCategories: ['basic_identifiers', 'financial'], peopleCount: 'one' });
    const result = assessBreach(answersWith({ ...prefill, disclosure: 'many_or_unknown_recipients', harmSeverity: 'significant' }));
    expect(duties(result)).toEqual({ report: true, tell: true });
    expect(reason(result, 'cause')).toMatch(/deliberately/);
  });
});

describe('NI-1: 40 customers’ names, addresses, NI numbers and bank details emailed to another client', () => {
  const record: RecordBasis = {
    breachTypes: ['confidentiality'],
    cause: 'sent_to_wrong_recipient',
    dataCategories: ['basic_identifiers', 'financial', 'official_documents'],
    peopleCategories: ['customers'],
    peopleCount: { kind: 'exact', value: 40 },
  };
  // As a careful non-expert answers: the other client is known but not bound to confidentiality, and has not confirmed deletion.
  const asked: Partial<AssessmentAnswers> = {
    disclosure: 'few_known_recipients',
    harmSeverity: 'upset',
    containment: 'attempted',
  };
  const answers = answersWith({ ...prefillAnswers(record), ...asked });

  it('NI numbers sit in the record’s "identity documents and numbers", so the wizard is told them', () => {
    expect(answers.dataCategories).toEqual(['basic_identifiers', 'financial', 'identity_documents']);
  });

  it('not confirmed deleted: reportable and people told, because the data is enough for identity fraud', () => {
    const result = assessBreach(answers);
    expect(duties(result)).toEqual({ report: true, tell: true });
    expect(result.reasons.some((r) => r.text.includes('enough to open accounts or borrow money'))).toBe(true);
    expect(reason(result, 'containment')).toMatch(/enough for fraud/);
  });

  it('chosen as "a recipient we trust" but without confirmed deletion: still reportable', () => {
    expect(duties(assessBreach({ ...answers, disclosure: 'one_trusted_recipient' })).report).toBe(true);
  });

  it('deletion confirmed by the other client: still reportable, as they owe no duty of confidence; telling lifted by Art. 34(3)(b)', () => {
    const result = assessBreach({ ...answers, containment: 'confirmed' });
    expect(duties(result)).toEqual({ report: true, tell: false });
    expect(result.tellPeopleException).toBe('risk_no_longer_likely');
  });

  it('entered with only the bank details ticked (NI numbers as "something else"): still reportable', () => {
    const result = assessBreach({ ...answers, dataCategories: ['basic_identifiers', 'financial', 'other'] });
    expect(duties(result).report).toBe(true);
    expect(result.reasons.some((r) => r.text.includes('Financial details such as bank details'))).toBe(true);
  });
});

describe('PARTIAL-1: customers told by phone today, the rest still to write to', () => {
  const stolenPayroll = answersWith({
    disclosure: 'many_or_unknown_recipients',
    cause: 'malicious',
    dataCategories: ['basic_identifiers', 'financial', 'identity_documents'],
    harmSeverity: 'severe',
    peopleCount: 'up_to_100',
  });

  it('some told: the decision stands (tell them), and the advice says to tell the rest', () => {
    const none = assessBreach({ ...stolenPayroll, peopleToldSoFar: 'none_yet' });
    const some = assessBreach({ ...stolenPayroll, peopleToldSoFar: 'some' });
    expect(duties(some)).toEqual(duties(none));
    expect(duties(some)).toEqual({ report: true, tell: true });
    expect(reason(some, 'people_told')).toMatch(/tell the rest without undue delay/);
    expect(reason(none, 'people_told')).toBe('');
  });

  it('all told: the advice says to keep a copy of what was sent', () => {
    expect(reason(assessBreach({ ...stolenPayroll, peopleToldSoFar: 'all' }), 'people_told')).toMatch(/already told all/);
  });
});
