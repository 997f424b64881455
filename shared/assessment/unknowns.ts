import type {
  Alteration,
  AssessmentAnswers,
  Cause,
  ContactEffort,
  Containment,
  DataCategory,
  Disclosure,
  Exposure,
  HarmSeverity,
  Identifiability,
  Misuse,
  PeopleCount,
  PeopleTold,
  Protection,
  QuestionId,
  Unavailability,
  UnavailabilityEffect,
  Unknown,
  VulnerableGroup,
} from './answers';
import { DATA_CATEGORY_VALUES, QUESTION_IDS, UNKNOWN, VULNERABLE_GROUP_VALUES } from './answers';

/**
 * Step 1 of the rules: "I don't know yet".
 *
 * While a fact is unknown the engine assumes the worst plausible answer, because the
 * ICO's advice is "if in doubt, report" and the 72 hours run regardless. The worst
 * answer is the one that pushes hardest towards reporting and telling people; the
 * property tests check that no known answer ever asks for more. For tick-all questions
 * "unknown" adds every option, because the data might include any of them.
 */

/** The answers with every unknown replaced by its worst plausible value. */
export interface Facts {
  disclosure: Disclosure;
  alteration: Alteration;
  unavailability: Unavailability;
  unavailabilityEffect: UnavailabilityEffect;
  cause: Cause;
  dataCategories: readonly DataCategory[];
  harmSeverity: HarmSeverity;
  identifiability: Identifiability;
  peopleCount: PeopleCount;
  vulnerablePeople: readonly VulnerableGroup[];
  protection: Protection;
  containment: Containment;
  exposureDuration: Exposure;
  misuseSeen: Misuse;
  contactEffort: ContactEffort;
  peopleToldSoFar: PeopleTold;
}

type SingleChoiceId = Exclude<QuestionId, 'dataCategories' | 'vulnerablePeople'>;

export const WORST_CASE: { readonly [K in SingleChoiceId]: Facts[K] } = {
  disclosure: 'public',
  alteration: 'not_put_right',
  unavailability: 'permanent',
  unavailabilityEffect: 'harm',
  cause: 'malicious',
  harmSeverity: 'severe',
  identifiability: 'easily',
  peopleCount: 'over_1000',
  protection: 'none',
  containment: 'not_contained',
  exposureDuration: 'over_a_week',
  misuseSeen: 'seen',
  // Assume each person can be told, so the disproportionate-effort exception is not claimed.
  contactEffort: 'can_contact',
  // Assume nobody has been told yet, so the advice names telling them as still to do.
  peopleToldSoFar: 'none_yet',
};

/** For each question: the reason shown while it is unknown, and what to find out. */
export const UNKNOWN_TEXTS: Record<QuestionId, { assumed: string; findOut: string }> = {
  disclosure: {
    assumed: 'You do not know yet who could have seen the data, so it was treated as if it could be public.',
    findOut: 'Find out whether anyone who should not have the data could have seen or copied it, and roughly who.',
  },
  alteration: {
    assumed: 'You do not know yet whether data was changed, so it was treated as changed and not yet put right.',
    findOut: 'Check whether any personal data was changed and, if so, whether you can put it right.',
  },
  unavailability: {
    assumed: 'You do not know yet whether data was lost, so it was treated as lost for good.',
    findOut: 'Find out whether any data was lost or unusable, and for how long.',
  },
  unavailabilityEffect: {
    assumed: "You do not know yet what losing the data affected, so it was treated as affecting people’s care, safety, income or rights.",
    findOut: 'Find out what losing access delayed or stopped, for example appointments, payments or care.',
  },
  cause: {
    assumed: 'You do not know yet whether this was deliberate, so it was treated as deliberate.',
    findOut: 'Find out whether this was an accident or deliberate, for example by asking your IT provider to check for hacking.',
  },
  dataCategories: {
    assumed: 'You do not know yet exactly what data was involved, so it was treated as including the most sensitive kinds.',
    findOut: 'List exactly what kinds of personal data were involved, for example names, bank details or health information.',
  },
  harmSeverity: {
    assumed: 'You do not know yet how badly the data could affect people, so the harm was treated as severe.',
    findOut: 'Think through, with someone who knows the people, how badly this data could affect them if misused.',
  },
  identifiability: {
    assumed: 'You do not know yet how easily the people can be identified, so they were treated as easy to identify.',
    findOut: 'Check whether the data names people or could easily be linked to them.',
  },
  peopleCount: {
    assumed: 'You do not know yet how many people are affected, so it was treated as more than 1,000.',
    findOut: 'Count roughly how many people the data is about; a careful estimate is enough.',
  },
  vulnerablePeople: {
    assumed: 'You do not know yet whether any of the people are children, vulnerable adults or patients, so it was assumed some are.',
    findOut: 'Check whether any of the people are children, vulnerable adults or patients.',
  },
  protection: {
    assumed: 'You do not know yet whether the data was encrypted, so it was treated as readable.',
    findOut: 'Check whether the device or file was encrypted and whether the password or key could have gone with it.',
  },
  containment: {
    assumed: 'You do not know yet whether the data has been got back or deleted, so it was treated as still out there.',
    findOut: 'Ask whoever has the data to delete it and confirm in writing, or find out whether it has been recovered.',
  },
  exposureDuration: {
    assumed: 'You do not know yet how long the data was open to others, so it was treated as more than a week.',
    findOut: 'Find out from the logs or your IT provider when the data first became open to others and when that was stopped.',
  },
  misuseSeen: {
    assumed: 'You have not been able to check for misuse yet, so it was treated as already misused.',
    findOut: 'Look for signs of misuse, for example scam emails, fraud attempts or the data posted online.',
  },
  contactEffort: {
    assumed: 'You do not know yet whether you can reach everyone, so it was assumed you can tell each person directly.',
    findOut: 'Check whether you have up-to-date contact details to tell each person directly.',
  },
  peopleToldSoFar: {
    assumed: 'You have not said whether anyone has been told yet, so the advice assumes nobody has.',
    findOut: 'Note who has been told so far, and how.',
  },
};

export interface ResolvedAnswers {
  facts: Facts;
  /** Questions answered "I don't know yet" (for tick-all questions: with "unknown" ticked). */
  unknown: ReadonlySet<QuestionId>;
}

export function resolveUnknowns(answers: AssessmentAnswers): ResolvedAnswers {
  const unknown = new Set<QuestionId>();
  const one = <V extends string>(id: SingleChoiceId, answer: V | Unknown, worst: V): V => {
    if (answer !== UNKNOWN) return answer;
    unknown.add(id);
    return worst;
  };
  const all = <V extends string>(id: QuestionId, ticked: readonly (V | Unknown)[], options: readonly V[]): V[] => {
    if (ticked.includes(UNKNOWN)) unknown.add(id);
    // Canonical order and no duplicates, so equal answers give identical facts.
    return options.filter((option) => ticked.includes(UNKNOWN) || ticked.includes(option));
  };

  const facts: Facts = {
    disclosure: one('disclosure', answers.disclosure, WORST_CASE.disclosure),
    alteration: one('alteration', answers.alteration, WORST_CASE.alteration),
    unavailability: one('unavailability', answers.unavailability, WORST_CASE.unavailability),
    unavailabilityEffect: one('unavailabilityEffect', answers.unavailabilityEffect, WORST_CASE.unavailabilityEffect),
    cause: one('cause', answers.cause, WORST_CASE.cause),
    dataCategories: all('dataCategories', answers.dataCategories, DATA_CATEGORY_VALUES),
    harmSeverity: one('harmSeverity', answers.harmSeverity, WORST_CASE.harmSeverity),
    identifiability: one('identifiability', answers.identifiability, WORST_CASE.identifiability),
    peopleCount: one('peopleCount', answers.peopleCount, WORST_CASE.peopleCount),
    vulnerablePeople: all('vulnerablePeople', answers.vulnerablePeople, VULNERABLE_GROUP_VALUES),
    protection: one('protection', answers.protection, WORST_CASE.protection),
    containment: one('containment', answers.containment, WORST_CASE.containment),
    exposureDuration: one('exposureDuration', answers.exposureDuration, WORST_CASE.exposureDuration),
    misuseSeen: one('misuseSeen', answers.misuseSeen, WORST_CASE.misuseSeen),
    contactEffort: one('contactEffort', answers.contactEffort, WORST_CASE.contactEffort),
    peopleToldSoFar: one('peopleToldSoFar', answers.peopleToldSoFar, WORST_CASE.peopleToldSoFar),
  };
  return { facts, unknown };
}

const dataMayBeSeenOrChanged = (facts: Facts) => facts.disclosure !== 'no' || facts.alteration !== 'no';
const dataMayBeSeen = (facts: Facts) => facts.disclosure !== 'no';

/** When an unknown answer can affect the decision, and so is worth finding out. */
export const UNKNOWN_MATTERS_WHEN: Record<QuestionId, (facts: Facts, riskIsHigh: boolean) => boolean> = {
  disclosure: () => true,
  alteration: () => true,
  unavailability: () => true,
  unavailabilityEffect: (facts) => facts.unavailability !== 'no',
  cause: dataMayBeSeenOrChanged,
  dataCategories: dataMayBeSeenOrChanged,
  harmSeverity: dataMayBeSeenOrChanged,
  identifiability: dataMayBeSeen,
  peopleCount: dataMayBeSeenOrChanged,
  vulnerablePeople: dataMayBeSeenOrChanged,
  protection: dataMayBeSeen,
  containment: dataMayBeSeen,
  exposureDuration: dataMayBeSeen,
  misuseSeen: dataMayBeSeenOrChanged,
  contactEffort: (_facts, riskIsHigh) => riskIsHigh,
  // Never changes the decision, so never makes it provisional.
  peopleToldSoFar: () => false,
};

/** The unknown questions that matter here, in wizard order. */
export function unknownsThatMatter(resolved: ResolvedAnswers, riskIsHigh: boolean): QuestionId[] {
  return QUESTION_IDS.filter(
    (id) => resolved.unknown.has(id) && UNKNOWN_MATTERS_WHEN[id](resolved.facts, riskIsHigh),
  );
}
