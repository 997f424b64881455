import { describe, expect, it } from 'vitest';
import type { AssessmentAnswers } from '../../../shared/assessment';
import type { RecordBasis } from '../../../shared/assessment-record';
import { RULES_CHANGED_TEXT, assessmentStaleness, mergeRecordChanges, prefillAnswers } from '../../../shared/assessment-record';
import { WRONG_EMAIL_OWN_ANSWERS, WRONG_EMAIL_RECORD, savedVersion } from './record-builder';

const version = savedVersion(WRONG_EMAIL_RECORD, WRONG_EMAIL_OWN_ANSWERS);
const after = (changes: Partial<RecordBasis>) => assessmentStaleness(version, { ...WRONG_EMAIL_RECORD, ...changes });

describe('whether an assessment is out of date against the record', () => {
  it('starts from a version that needs only recording', () => {
    expect(version.advice.riskLevel).toBe('unlikely');
  });

  it('is up to date while the record is unchanged', () => {
    expect(assessmentStaleness(version, WRONG_EMAIL_RECORD)).toEqual({ stale: false, reason: null });
  });

  it('stays up to date when the record changes in ways that do not change the advice', () => {
    expect(after({ peopleCategories: ['customers', 'employees'] }).stale).toBe(false);
    expect(after({ peopleCount: { kind: 'exact', value: 400 } }).stale).toBe(false);
    expect(after({ dataCategories: ['basic_identifiers', 'location'] }).stale).toBe(false);
  });

  it('is out of date when special category data is added', () => {
    expect(after({ dataCategories: ['basic_identifiers', 'health'] })).toEqual({
      stale: true,
      reason: 'Special category data has been added to the record since this assessment.',
    });
  });

  it('is out of date when criminal offence data is added', () => {
    expect(after({ dataCategories: ['basic_identifiers', 'criminal'] })).toEqual({
      stale: true,
      reason: 'Criminal offence data has been added to the record since this assessment.',
    });
  });

  it('is out of date when children are added to the people', () => {
    expect(after({ peopleCategories: ['customers', 'children'] })).toEqual({
      stale: true,
      reason: 'Children have been added to the people in the record since this assessment.',
    });
  });

  it('is out of date when the number of people goes above 1,000', () => {
    expect(after({ peopleCount: { kind: 'range', min: 800, max: 1500 } })).toEqual({
      stale: true,
      reason: 'The number of people affected in the record has gone up since this assessment.',
    });
  });

  it('is out of date when the record adds a kind of breach that was not there', () => {
    expect(after({ breachTypes: ['confidentiality', 'availability'] })).toEqual({
      stale: true,
      reason: 'The record now says personal data was lost or unusable for a time.',
    });
  });

  it('is out of date when the record says the kinds of data are no longer all known', () => {
    expect(after({ dataCategories: ['basic_identifiers', 'not_yet_known'] })).toEqual({
      stale: true,
      reason: 'The record now says not all the kinds of personal data involved are known yet.',
    });
  });

  it('is out of date when a change would lower the advice, too', () => {
    const many = { ...WRONG_EMAIL_RECORD, peopleCount: { kind: 'exact', value: 5000 } } satisfies RecordBasis;
    const reportable = savedVersion(many, WRONG_EMAIL_OWN_ANSWERS);
    expect(reportable.advice.riskLevel).toBe('risk');
    expect(assessmentStaleness(reportable, WRONG_EMAIL_RECORD)).toEqual({
      stale: true,
      reason: 'The number of people affected in the record has gone down since this assessment.',
    });
  });

  it('says when the rules themselves now give different advice', () => {
    const older = { ...version, advice: { ...version.advice, engineVersion: '0.0.1', riskLevel: 'risk' as const, reportToIco: 'required' as const } };
    expect(assessmentStaleness(older, WRONG_EMAIL_RECORD)).toEqual({ stale: true, reason: RULES_CHANGED_TEXT });
  });
});

describe('carrying record changes into earlier answers', () => {
  const recordBefore = { ...WRONG_EMAIL_RECORD };
  const answers = { ...version.answers, dataCategories: ['basic_identifiers', 'financial'] } as AssessmentAnswers;

  it("keeps what the person added to the record's answer", () => {
    const merged = mergeRecordChanges(
      answers,
      prefillAnswers(recordBefore),
      prefillAnswers({ ...recordBefore, dataCategories: ['basic_identifiers', 'location'] }),
    );
    expect(merged.dataCategories).toEqual(['basic_identifiers', 'financial', 'location']);
  });

  it('drops what the record removed, and never leaves the data empty', () => {
    const onlyRecord = { ...answers, dataCategories: ['location'] } as AssessmentAnswers;
    const merged = mergeRecordChanges(
      onlyRecord,
      prefillAnswers({ ...recordBefore, dataCategories: ['location'] }),
      prefillAnswers({ ...recordBefore, dataCategories: ['health'] }),
    );
    expect(merged.dataCategories).toEqual(['special_health']);
  });

  it('leaves answers alone where the record did not change', () => {
    const changedByPerson = { ...answers, cause: 'malicious' } as AssessmentAnswers;
    const merged = mergeRecordChanges(changedByPerson, prefillAnswers(recordBefore), prefillAnswers({ ...recordBefore, peopleCount: { kind: 'exact', value: 3 } }));
    expect(merged).toEqual({ ...changedByPerson, peopleCount: 'up_to_10' });
  });

  it('asks again ("I don\'t know yet") where the record no longer says', () => {
    const merged = mergeRecordChanges(answers, prefillAnswers(recordBefore), prefillAnswers({ ...recordBefore, cause: 'not_yet_known' }));
    expect(merged.cause).toBe('unknown');
  });
});
