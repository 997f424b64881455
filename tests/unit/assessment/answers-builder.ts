import type { AssessmentAnswers, AssessmentResult } from '../../../shared/assessment';

/**
 * A breach where nothing much happened: each test changes only the answers its case is
 * about, so the test reads as the scenario. Not a test file (no `.test.ts`).
 */
export const QUIET: AssessmentAnswers = {
  disclosure: 'no',
  alteration: 'no',
  unavailability: 'no',
  unavailabilityEffect: 'nothing_noticeable',
  cause: 'accidental',
  dataCategories: ['basic_identifiers'],
  harmSeverity: 'minimal',
  identifiability: 'easily',
  peopleCount: 'up_to_10',
  vulnerablePeople: [],
  protection: 'none',
  containment: 'not_contained',
  exposureDuration: 'under_a_day',
  misuseSeen: 'no_sign_so_far',
  contactEffort: 'can_contact',
  peopleToldSoFar: 'none_yet',
};

export function answersWith(changes: Partial<AssessmentAnswers>): AssessmentAnswers {
  return { ...QUIET, ...changes };
}

/** The two yes/no questions the register shows first. */
export function duties(result: AssessmentResult): { report: boolean; tell: boolean } {
  return { report: result.reportToIco === 'required', tell: result.tellPeople === 'required' };
}
