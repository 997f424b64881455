import type { AssessmentAnswers } from '../../../shared/assessment';
import type { Incident } from '../../../shared/incident';
import type { makeTestRegister } from '../support/test-register';

export type TestRegister = ReturnType<typeof makeTestRegister>;

/** Unwraps an operation's answer, failing the test with the error when it was refused. */
export async function call<T = unknown>(register: TestRegister, name: string, input: unknown): Promise<T> {
  const result = await register.dispatch(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

/** A class list emailed to one wrong parent: the record as the register would hold it. */
export async function recordWrongEmail(register: TestRegister): Promise<Incident> {
  return call<Incident>(register, 'incident:create', {
    title: 'Class list emailed to the wrong parent',
    awareAt: '2026-11-24T16:05:00.000Z',
    cause: 'sent_to_wrong_recipient',
    breachTypes: ['confidentiality'],
    dataCategories: ['basic_identifiers'],
    peopleCategories: ['customers'],
    peopleCount: { kind: 'exact', value: 30 },
  });
}

/** The answers the wizard would send for the wrong-email record: nothing much, record only. */
export const WRONG_EMAIL_ANSWERS: AssessmentAnswers = {
  disclosure: 'one_trusted_recipient',
  alteration: 'no',
  unavailability: 'no',
  unavailabilityEffect: 'unknown',
  cause: 'accidental',
  dataCategories: ['basic_identifiers'],
  harmSeverity: 'minimal',
  identifiability: 'easily',
  peopleCount: 'up_to_100',
  vulnerablePeople: [],
  protection: 'none',
  containment: 'confirmed',
  exposureDuration: 'under_a_day',
  misuseSeen: 'no_sign_so_far',
  contactEffort: 'can_contact',
  peopleToldSoFar: 'none_yet',
};

/** A payroll file with bank details on a stolen, unencrypted laptop: report and tell. */
export const STOLEN_PAYROLL_ANSWERS: AssessmentAnswers = {
  ...WRONG_EMAIL_ANSWERS,
  disclosure: 'many_or_unknown_recipients',
  cause: 'malicious',
  dataCategories: ['basic_identifiers', 'financial', 'identity_documents'],
  harmSeverity: 'severe',
  containment: 'not_contained',
};

export const ACCEPT = { justification: '' };
