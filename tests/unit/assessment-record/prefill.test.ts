import { describe, expect, it } from 'vitest';
import { assessmentAnswersSchema } from '../../../shared/assessment';
import { peopleCountBand, prefillAnswers } from '../../../shared/assessment-record';
import { BLANK_RECORD, WRONG_EMAIL_OWN_ANSWERS, WRONG_EMAIL_RECORD, recordWith } from './record-builder';

describe('prefilling assessment answers from the incident record', () => {
  it('fills in nothing from a record that says nothing yet', () => {
    expect(prefillAnswers(BLANK_RECORD)).toEqual({});
  });

  it('maps the ICO data categories to the assessment categories', () => {
    const prefill = prefillAnswers(
      recordWith({
        dataCategories: [
          'basic_identifiers',
          'identification_data',
          'financial',
          'official_documents',
          'location',
          'racial_ethnic',
          'political',
          'religious',
          'trade_union',
          'sex_life',
          'sexual_orientation',
          'health',
          'criminal',
          'other',
        ],
      }),
    );
    expect(prefill.dataCategories).toEqual([
      'basic_identifiers',
      'credentials',
      'financial',
      'identity_documents',
      'location',
      'special_ethnicity',
      'special_politics',
      'special_religion',
      'special_trade_union',
      'special_sex_life_orientation',
      'special_health',
      'criminal_offence',
      'other',
    ]);
  });

  it.each([
    ['not yet known', ['basic_identifiers', 'not_yet_known']],
    ['genetic or biometric, which the assessment tells apart', ['genetic_biometric']],
  ] as const)('asks about the data when the record says %s', (_why, dataCategories) => {
    expect(prefillAnswers(recordWith({ dataCategories: [...dataCategories] })).dataCategories).toBeUndefined();
  });

  it('names gender reassignment, which the wizard now asks about in the record’s own words', () => {
    expect(prefillAnswers(recordWith({ dataCategories: ['basic_identifiers', 'gender_reassignment'] })).dataCategories).toEqual([
      'basic_identifiers',
      'special_gender_reassignment',
    ]);
  });

  it('names children, vulnerable adults and patients when the record lists them', () => {
    const prefill = prefillAnswers(recordWith({ peopleCategories: ['patients', 'employees', 'children'] }));
    expect(prefill.vulnerablePeople).toEqual(['children', 'patients']);
    expect(prefillAnswers(recordWith({ peopleCategories: ['vulnerable_adults'] })).vulnerablePeople).toEqual(['vulnerable_adults']);
  });

  it('asks about vulnerable people when the record names none of those groups, or is unsure', () => {
    expect(prefillAnswers(recordWith({ peopleCategories: ['employees', 'students'] })).vulnerablePeople).toBeUndefined();
    expect(prefillAnswers(recordWith({ peopleCategories: ['children', 'not_yet_known'] })).vulnerablePeople).toBeUndefined();
  });

  it('takes the kinds of breach not ticked as "no" and asks about the ones ticked', () => {
    expect(prefillAnswers(recordWith({ breachTypes: ['confidentiality'] }))).toEqual({ alteration: 'no', unavailability: 'no' });
    // Who could have seen the data is still asked: an attacker may have, though "Confidentiality" was not ticked.
    expect(prefillAnswers(recordWith({ breachTypes: ['availability', 'integrity'] }))).toEqual({});
    expect(prefillAnswers(recordWith({ breachTypes: ['availability'], cause: 'cyber_attack' }))).toEqual({
      alteration: 'no',
      cause: 'malicious',
    });
    // Only a fault with nobody else involved settles it.
    expect(prefillAnswers(recordWith({ breachTypes: ['availability'], cause: 'system_failure' }))).toEqual({
      disclosure: 'no',
      alteration: 'no',
      cause: 'accidental',
    });
    expect(prefillAnswers(recordWith({ breachTypes: ['confidentiality', 'integrity', 'availability'] }))).toEqual({});
  });

  it.each([
    ['cyber_attack', 'malicious'],
    ['sent_to_wrong_recipient', 'accidental'],
    ['system_failure', 'accidental'],
    ['insecure_disposal', 'accidental'],
    ['lost_or_stolen', undefined],
    ['unauthorised_access', undefined],
    ['other', undefined],
    ['not_yet_known', undefined],
  ] as const)('a cause of %s prefills %s', (cause, expected) => {
    expect(prefillAnswers(recordWith({ cause })).cause).toBe(expected);
  });

  it.each([
    [{ kind: 'not_known' }, undefined],
    [{ kind: 'exact', value: 0 }, undefined],
    [{ kind: 'exact', value: 1 }, 'one'],
    [{ kind: 'exact', value: 2 }, 'up_to_10'],
    [{ kind: 'exact', value: 10 }, 'up_to_10'],
    [{ kind: 'exact', value: 11 }, 'up_to_100'],
    [{ kind: 'exact', value: 1000 }, 'up_to_1000'],
    [{ kind: 'exact', value: 1001 }, 'over_1000'],
    [{ kind: 'range', min: 50, max: 200 }, 'up_to_1000'],
    [{ kind: 'range', min: 0, max: 5 }, 'up_to_10'],
  ] as const)('a people count of %j is the band %s', (count, band) => {
    expect(peopleCountBand(count)).toBe(band);
  });

  it('gives answers that, with the rest, pass the answer schema', () => {
    const answers = { ...WRONG_EMAIL_OWN_ANSWERS, ...prefillAnswers(WRONG_EMAIL_RECORD) };
    expect(assessmentAnswersSchema.safeParse(answers).success).toBe(true);
    expect(prefillAnswers(WRONG_EMAIL_RECORD)).toEqual({
      alteration: 'no',
      unavailability: 'no',
      cause: 'accidental',
      dataCategories: ['basic_identifiers'],
      peopleCount: 'up_to_100',
    });
  });
});
