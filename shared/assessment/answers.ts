import { z } from 'zod';

/**
 * The answers a person gives in the risk-assessment wizard, one field per question.
 *
 * Every question also accepts `'unknown'` ("I don't know yet"): people must be able to
 * start the 72-hour clock's assessment before the facts are in. The engine treats an
 * unknown as the worst plausible answer and lists what to find out (see unknowns.ts).
 *
 * Single-choice options are listed from least to most serious (safeguards: best first),
 * so the order itself documents the scale. Labels live in questions.ts; the meaning of each value for the
 * decision lives in rules.ts.
 */

export const UNKNOWN = 'unknown';
export type Unknown = typeof UNKNOWN;

/** Could someone who should not have the data have seen or copied it, and who? */
export const DISCLOSURE_VALUES = [
  'no',
  'access_no_copy',
  'one_trusted_recipient',
  'few_known_recipients',
  'many_or_unknown_recipients',
  'public',
] as const;

/** Was data changed without permission, and has it been put right? */
export const ALTERATION_VALUES = ['no', 'put_right', 'not_put_right'] as const;

/** Was data lost or unusable, and for how long (including how long until it is back)? */
export const UNAVAILABILITY_VALUES = ['no', 'minutes', 'hours', 'days', 'permanent'] as const;

/** What losing access delayed or stopped. */
export const UNAVAILABILITY_EFFECT_VALUES = ['nothing_noticeable', 'inconvenience', 'delays', 'harm'] as const;

/** An accident or a fault, or someone acting deliberately (theft, hacking, a scam). */
export const CAUSE_VALUES = ['accidental', 'malicious'] as const;

/** The kinds of personal data involved; the ICO report form's categories. */
export const DATA_CATEGORY_VALUES = [
  'basic_identifiers',
  'location',
  'behavioural',
  'financial',
  'identity_documents',
  'credentials',
  'special_health',
  'special_ethnicity',
  'special_religion',
  'special_politics',
  'special_trade_union',
  'special_sex_life_orientation',
  'special_gender_reassignment',
  'special_genetic',
  'special_biometric',
  'criminal_offence',
  'other',
] as const;

/**
 * How badly the data could affect the people if misused, in this situation. This is
 * what lets a trivial detail (e.g. "lactose intolerant" on a course list) count as minor
 * even though it is health data, instead of every health detail being reportable.
 */
export const HARM_SEVERITY_VALUES = ['minimal', 'upset', 'significant', 'severe'] as const;

/** How easily the people can be identified from the data. */
export const IDENTIFIABILITY_VALUES = ['hardly', 'with_other_information', 'easily'] as const;

/** Roughly how many people the data is about; bands match "approximate number" on the ICO form. */
export const PEOPLE_COUNT_VALUES = ['one', 'up_to_10', 'up_to_100', 'up_to_1000', 'over_1000'] as const;

/** Groups who need extra protection; an empty answer means "none of these". */
export const VULNERABLE_GROUP_VALUES = ['children', 'vulnerable_adults', 'patients'] as const;

/** Protection that stops whoever has the data from reading it. */
export const PROTECTION_VALUES = ['strong_encryption', 'strong_hash', 'weak_protection', 'none'] as const;

/** How long the data could be seen or taken (or an intruder went unnoticed) before it was stopped. */
export const EXPOSURE_VALUES = ['under_a_day', 'up_to_a_week', 'over_a_week'] as const;

/** Whether the data was got back or deleted before anyone could misuse it. */
export const CONTAINMENT_VALUES = ['confirmed', 'attempted', 'not_contained'] as const;

/** Any sign the data has already been misused. */
export const MISUSE_VALUES = ['no_sign_so_far', 'seen_for_some', 'seen'] as const;

/** Whether each person can be told directly (Art. 34(3)(c)); not a seriousness scale. */
export const CONTACT_EFFORT_VALUES = ['can_contact', 'disproportionate'] as const;

/** Whether the people have been told yet; it shapes what the advice says next, never the decision. */
export const PEOPLE_TOLD_VALUES = ['none_yet', 'some', 'all'] as const;

export type Disclosure = (typeof DISCLOSURE_VALUES)[number];
export type Alteration = (typeof ALTERATION_VALUES)[number];
export type Unavailability = (typeof UNAVAILABILITY_VALUES)[number];
export type UnavailabilityEffect = (typeof UNAVAILABILITY_EFFECT_VALUES)[number];
export type Cause = (typeof CAUSE_VALUES)[number];
export type DataCategory = (typeof DATA_CATEGORY_VALUES)[number];
export type HarmSeverity = (typeof HARM_SEVERITY_VALUES)[number];
export type Identifiability = (typeof IDENTIFIABILITY_VALUES)[number];
export type PeopleCount = (typeof PEOPLE_COUNT_VALUES)[number];
export type VulnerableGroup = (typeof VULNERABLE_GROUP_VALUES)[number];
export type Protection = (typeof PROTECTION_VALUES)[number];
export type Exposure = (typeof EXPOSURE_VALUES)[number];
export type PeopleTold = (typeof PEOPLE_TOLD_VALUES)[number];
export type Containment = (typeof CONTAINMENT_VALUES)[number];
export type Misuse = (typeof MISUSE_VALUES)[number];
export type ContactEffort = (typeof CONTACT_EFFORT_VALUES)[number];

/** An answer to a single-choice question: one of its values, or "I don't know yet". */
function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum([...values, UNKNOWN] as [...T, Unknown]);
}

/** An answer to a tick-all-that-apply question; `'unknown'` means "and maybe more we don't know of". */
function anyOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z
    .array(oneOf(values))
    .refine((items) => new Set(items).size === items.length, 'Each option can be ticked only once');
}

export const assessmentAnswersSchema = z.object({
  // What happened: the three kinds of breach (confidentiality, integrity, availability).
  disclosure: oneOf(DISCLOSURE_VALUES),
  alteration: oneOf(ALTERATION_VALUES),
  unavailability: oneOf(UNAVAILABILITY_VALUES),
  /** Only asked when data was unavailable; send 'unknown' when not asked (it is then ignored). */
  unavailabilityEffect: oneOf(UNAVAILABILITY_EFFECT_VALUES),
  cause: oneOf(CAUSE_VALUES),
  // The data.
  dataCategories: anyOf(DATA_CATEGORY_VALUES).min(1, 'Tick at least one kind of data, or "not known yet"'),
  harmSeverity: oneOf(HARM_SEVERITY_VALUES),
  identifiability: oneOf(IDENTIFIABILITY_VALUES),
  // The people.
  peopleCount: oneOf(PEOPLE_COUNT_VALUES),
  vulnerablePeople: anyOf(VULNERABLE_GROUP_VALUES),
  // Safeguards and what has happened since. Protection and containment are only asked
  // when data may have been seen; send 'unknown' when not asked (it is then ignored).
  protection: oneOf(PROTECTION_VALUES),
  containment: oneOf(CONTAINMENT_VALUES),
  // Added with rules 1.1: assessments saved before it was asked read it as not known.
  exposureDuration: oneOf(EXPOSURE_VALUES).default(UNKNOWN),
  misuseSeen: oneOf(MISUSE_VALUES),
  // Telling people.
  contactEffort: oneOf(CONTACT_EFFORT_VALUES),
  peopleToldSoFar: oneOf(PEOPLE_TOLD_VALUES).default(UNKNOWN),
});

export type AssessmentAnswers = z.infer<typeof assessmentAnswersSchema>;
export type QuestionId = keyof AssessmentAnswers;

/** Every question, in wizard order. */
export const QUESTION_IDS = Object.keys(assessmentAnswersSchema.shape) as QuestionId[];
