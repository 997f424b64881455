import { describe, expect, it } from 'vitest';
import { prefillAnswers } from '../../../shared/assessment-record';
import {
  completeAnswers,
  isFromRecord,
  nextStep,
  previousStep,
  startingAnswers,
} from '../../../renderer/src/assessment/wizard-steps';
import { WRONG_EMAIL_OWN_ANSWERS, WRONG_EMAIL_RECORD, savedVersion } from './record-builder';

const prefill = prefillAnswers(WRONG_EMAIL_RECORD);

describe("the assessment wizard's steps", () => {
  it('starts at the first question the record does not answer', () => {
    expect(nextStep(null, startingAnswers(prefill, null), prefill)).toBe('disclosure');
  });

  it('skips forwards over answers from the record and over questions that no longer apply', () => {
    const answers = { ...startingAnswers(prefill, null), disclosure: 'few_known_recipients' as const };
    // alteration and unavailability come from the record; what losing access delayed is not asked.
    expect(nextStep('disclosure', answers, prefill)).toBe('harmSeverity');
    expect(nextStep('harmSeverity', answers, prefill)).toBe('identifiability');
    expect(nextStep('identifiability', answers, prefill)).toBe('vulnerablePeople');
  });

  it('goes back through answers from the record, so they can be checked', () => {
    const answers = startingAnswers(prefill, null);
    expect(previousStep('harmSeverity', answers)).toBe('dataCategories');
    expect(previousStep('dataCategories', answers)).toBe('cause');
    expect(previousStep('disclosure', answers)).toBeNull();
  });

  it('asks a record question again once the person changes its answer', () => {
    const changed = { ...startingAnswers(prefill, null), cause: 'malicious' as const };
    expect(isFromRecord('cause', changed, prefill)).toBe(false);
    expect(nextStep('unavailability', changed, prefill)).toBe('cause');
  });

  it('ends with the result, sending "I don\'t know yet" for questions not asked', () => {
    const answers = { ...WRONG_EMAIL_OWN_ANSWERS, ...prefill, unavailabilityEffect: undefined };
    expect(nextStep('contactEffort', answers, prefill)).toBe('peopleToldSoFar');
    expect(nextStep('peopleToldSoFar', answers, prefill)).toBe('result');
    expect(completeAnswers(answers)?.unavailabilityEffect).toBe('unknown');
    expect(completeAnswers({ ...answers, harmSeverity: undefined })).toBeNull();
  });

  it('starts a reassessment from the previous answers, carried through changes in the record', () => {
    const previous = savedVersion(WRONG_EMAIL_RECORD, WRONG_EMAIL_OWN_ANSWERS);
    const now = prefillAnswers({ ...WRONG_EMAIL_RECORD, dataCategories: ['basic_identifiers', 'health'] });
    const answers = startingAnswers(now, previous);
    expect(answers.harmSeverity).toBe('upset');
    expect(answers.dataCategories).toEqual(['basic_identifiers', 'special_health']);
    // Not asked last time (nothing was lost), so not carried over as "I don't know yet".
    expect(answers.unavailabilityEffect).toBeUndefined();
  });
});
