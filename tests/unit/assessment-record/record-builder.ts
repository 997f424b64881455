import type { AssessmentAnswers } from '../../../shared/assessment';
import { assessBreach } from '../../../shared/assessment';
import type { AssessmentVersion, RecordBasis } from '../../../shared/assessment-record';
import { decisionFromAdvice, prefillAnswers, recordDecision } from '../../../shared/assessment-record';

/** A record that says nothing yet. Not a test file (no `.test.ts`). */
export const BLANK_RECORD: RecordBasis = {
  breachTypes: [],
  cause: 'not_yet_known',
  dataCategories: [],
  peopleCategories: [],
  peopleCount: { kind: 'not_known' },
};

export function recordWith(changes: Partial<RecordBasis>): RecordBasis {
  return { ...BLANK_RECORD, ...changes };
}

/** An email with a class list sent to the wrong parent: reportable, no need to tell people. */
export const WRONG_EMAIL_RECORD: RecordBasis = recordWith({
  breachTypes: ['confidentiality'],
  cause: 'sent_to_wrong_recipient',
  dataCategories: ['basic_identifiers'],
  peopleCategories: ['customers'],
  peopleCount: { kind: 'exact', value: 30 },
});

/** The answers the person gives to what the record does not say, for the wrong-email record. */
export const WRONG_EMAIL_OWN_ANSWERS: Partial<AssessmentAnswers> = {
  disclosure: 'few_known_recipients',
  unavailabilityEffect: 'unknown',
  harmSeverity: 'upset',
  identifiability: 'easily',
  vulnerablePeople: [],
  protection: 'none',
  containment: 'not_contained',
  exposureDuration: 'under_a_day',
  misuseSeen: 'no_sign_so_far',
  contactEffort: 'can_contact',
  peopleToldSoFar: 'none_yet',
};

/** A saved version as the service would store it, following the advice. */
export function savedVersion(record: RecordBasis, ownAnswers: Partial<AssessmentAnswers>): AssessmentVersion {
  const answers = { ...ownAnswers, ...prefillAnswers(record) } as AssessmentAnswers;
  const advice = assessBreach(answers);
  return {
    id: 1,
    incidentId: 1,
    version: 1,
    createdAt: '2026-11-25T09:00:00.000Z',
    actor: 'Test User',
    answers,
    advice,
    decision: recordDecision(decisionFromAdvice(advice), advice),
    fromRecord: record,
  };
}
