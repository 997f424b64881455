import { describe, expect, it } from 'vitest';
import type { AssessmentAnswers } from '../../../shared/assessment';
import { prefillAnswers, recordCorrections } from '../../../shared/assessment-record';
import { WRONG_EMAIL_OWN_ANSWERS, WRONG_EMAIL_RECORD, recordWith } from './record-builder';

/** A wizard answer that corrects the record is written back to it, in the record's own categories. */

const answersFor = (record: typeof WRONG_EMAIL_RECORD, changes: Partial<AssessmentAnswers> = {}): AssessmentAnswers =>
  ({ alteration: 'no', unavailability: 'no', ...WRONG_EMAIL_OWN_ANSWERS, ...prefillAnswers(record), ...changes }) as AssessmentAnswers;

describe('record corrections from the wizard', () => {
  it('corrects nothing when the answers say what the record says', () => {
    expect(recordCorrections(WRONG_EMAIL_RECORD, answersFor(WRONG_EMAIL_RECORD))).toEqual({});
  });

  it('adds a kind of data the wizard found, in the record’s category (NI numbers → identity documents and numbers)', () => {
    const answers = answersFor(WRONG_EMAIL_RECORD, { dataCategories: ['basic_identifiers', 'financial', 'identity_documents'] });
    expect(recordCorrections(WRONG_EMAIL_RECORD, answers)).toEqual({
      dataCategories: ['basic_identifiers', 'financial', 'official_documents'],
    });
  });

  it('removes a kind of data the wizard says was not there', () => {
    const record = recordWith({ ...WRONG_EMAIL_RECORD, dataCategories: ['basic_identifiers', 'health'] });
    const answers = answersFor(record, { dataCategories: ['basic_identifiers'] });
    expect(recordCorrections(record, answers)).toEqual({ dataCategories: ['basic_identifiers'] });
  });

  it('replaces "not yet known" once the wizard knows', () => {
    const record = recordWith({ ...WRONG_EMAIL_RECORD, dataCategories: ['not_yet_known'] });
    expect(recordCorrections(record, answersFor(record, { dataCategories: ['credentials'] }))).toEqual({
      dataCategories: ['identification_data'],
    });
  });

  it('keeps a record category the wizard cannot tell apart, and corrects nothing from "I don’t know yet"', () => {
    const record = recordWith({ ...WRONG_EMAIL_RECORD, dataCategories: ['sexual_orientation', 'genetic_biometric'] });
    expect(recordCorrections(record, answersFor(record, { dataCategories: ['special_sex_life_orientation', 'special_biometric'] }))).toEqual({});
    expect(recordCorrections(record, answersFor(record, { dataCategories: ['basic_identifiers', 'unknown'] }))).toEqual({});
  });

  it('adds a kind of breach the answers show happened, and keeps one the record has', () => {
    const record = recordWith({ ...WRONG_EMAIL_RECORD, breachTypes: ['availability'] });
    const answers = answersFor(record, { disclosure: 'few_known_recipients', unavailability: 'days' });
    expect(recordCorrections(record, answers)).toEqual({ breachTypes: ['confidentiality', 'availability'] });
  });

  it('is idempotent: the corrected record needs no further correction', () => {
    const answers = answersFor(WRONG_EMAIL_RECORD, { dataCategories: ['basic_identifiers', 'behavioural', 'special_genetic'] });
    const corrected = { ...WRONG_EMAIL_RECORD, ...recordCorrections(WRONG_EMAIL_RECORD, answers) };
    expect(corrected.dataCategories).toEqual(['basic_identifiers', 'genetic_biometric', 'other']);
    expect(recordCorrections(corrected, answers)).toEqual({});
  });
});
