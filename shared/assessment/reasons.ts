import type { QuestionId } from './answers';
import type { Judgement, TypeJudgement } from './judge';
import type { Reason, ReasonEffect, RiskLevel, SeverityScore } from './result';
import { RISK_LEVELS } from './result';
import type { Severity } from './rules';
import {
  ALTERATION_RULES,
  BASIS,
  BREACH_TYPE_TEXTS,
  CAUSE_RULES,
  CONTAINMENT_NOT_TRUSTED_TEXT,
  CONTAINMENT_RULES,
  DATA_CATEGORY_RULES,
  DATA_COMBINATION_RULES,
  DISCLOSURE_RULES,
  DUTY_RULES,
  EXPOSURE_RULES,
  IDENTIFIABILITY_RULES,
  LIKELIHOOD_PHRASES,
  MISUSE_SEEN_FOR_SOME_TEXT,
  MISUSE_SEEN_TEXT,
  PEOPLE_COUNT_RULES,
  PEOPLE_TOLD_TEXTS,
  PROTECTION_RULES,
  SCORE_GAP_TEXTS,
  SEVERITY_NAMES,
  UNCONFIRMED_FRAUD_DATA_TEXT,
  UNAVAILABILITY_EFFECT_PHRASES,
  UNAVAILABILITY_PHRASES,
  VULNERABLE_GROUP_NAMES,
} from './rules';
import type { TellingDecision } from './telling';
import type { Facts } from './unknowns';
import { UNKNOWN_TEXTS } from './unknowns';

/**
 * Turns a judgement into the reasons the register keeps: the decision first, then each
 * factor that was weighed, in a fixed order so the same answers always read the same.
 */

interface ExplainInput {
  facts: Facts;
  /** Unknown answers that matter here; their factors say what was assumed. */
  unknownsThatMatter: readonly QuestionId[];
  judgement: Judgement;
  telling: TellingDecision;
  severityScore: SeverityScore;
}

const LEVEL_PHRASES: Record<RiskLevel, string> = {
  unlikely: 'is unlikely to result in a risk',
  risk: 'is likely to result in a risk',
  high: 'is likely to result in a high risk',
};

const SEVERITY_EFFECTS: Record<Severity, ReasonEffect> = { 1: 'lowers', 2: 'neutral', 3: 'raises', 4: 'raises' };
const LEVEL_EFFECTS: Record<RiskLevel, ReasonEffect> = { unlikely: 'lowers', risk: 'raises', high: 'raises' };

/** "a", "a and b", "a, b and c". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

export function explain({ facts, unknownsThatMatter, judgement, telling, severityScore }: ExplainInput): Reason[] {
  const reasons: Reason[] = [];
  const isUnknown = (id: QuestionId) => unknownsThatMatter.includes(id);
  const add = (factor: string, text: string, basis: string, effect: ReasonEffect) =>
    reasons.push({ factor, text, basis, effect });
  /** The factor's own reason, or what was assumed while its answer is unknown. */
  const factor = (id: QuestionId, name: string, reason: { text: string; effect: ReasonEffect }, basis: string) =>
    isUnknown(id)
      ? add(name, UNKNOWN_TEXTS[id].assumed, BASIS.ifInDoubt, 'raises')
      : add(name, reason.text, basis, reason.effect);

  // The decision.
  const duty = DUTY_RULES[judgement.overall];
  add('decision', duty.text, duty.basis, 'neutral');
  if (telling.tellPeopleException !== null) {
    const rule = DUTY_RULES[telling.tellPeopleException];
    const text = `${EXCEPTION_DUTY_TEXTS[telling.tellPeopleException]}; ${rule.text.charAt(0).toLowerCase()}${rule.text.slice(1)}`;
    add('tell_people_exception', text, rule.basis, 'lowers');
  }
  const told = facts.peopleToldSoFar;
  if (told !== 'none_yet') {
    add('people_told', PEOPLE_TOLD_TEXTS[telling.tellPeople === 'required' ? 'required' : 'not_required'][told], BASIS.tell, 'neutral');
  }
  const gap = scoreGapText(facts, judgement, severityScore);
  if (gap !== null) add('severity_score', gap, 'ENISA (2013) severity method; EDPB Guidelines 9/2022', 'neutral');
  if (unknownsThatMatter.length > 0) {
    add(
      'unknown_answers',
      'Some answers are not known yet, so the worst likely answer was assumed for each; reassess when you know more.',
      BASIS.ifInDoubt,
      'raises',
    );
  }

  // What kind of breach, and the risk from each.
  const { confidentiality, integrity, availability } = judgement;
  if (confidentiality === null && integrity === null && availability === null) {
    add('breach_type', BREACH_TYPE_TEXTS.none, BASIS.definition, 'lowers');
  }
  if (confidentiality !== null) {
    add('breach_type', BREACH_TYPE_TEXTS.confidentiality, BASIS.definition, 'neutral');
    add('confidentiality_risk', typeRiskText('Because the data could have been seen', confidentiality, raisedBy(facts, judgement)), BASIS.factors, LEVEL_EFFECTS[confidentiality.level]);
  }
  if (integrity !== null) {
    add('breach_type', BREACH_TYPE_TEXTS.integrity, BASIS.definition, 'neutral');
    add('integrity_risk', typeRiskText('Because the data was changed', integrity, raisedBy(facts, judgement)), BASIS.factors, LEVEL_EFFECTS[integrity.level]);
  }
  if (availability !== null) {
    add('breach_type', BREACH_TYPE_TEXTS.availability, BASIS.definition, 'neutral');
  }

  // Confidentiality: who has the data, and what stands between them and misuse.
  if (confidentiality !== null && facts.disclosure !== 'no') {
    factor('disclosure', 'recipients', DISCLOSURE_RULES[facts.disclosure], BASIS.factors);
    factor('identifiability', 'identifiability', IDENTIFIABILITY_RULES[facts.identifiability], BASIS.factors);
    factor('protection', 'encryption', PROTECTION_RULES[facts.protection], `${BASIS.factors}; ${BASIS.unintelligible}`);
    factor(
      'containment',
      'containment',
      confidentiality.deletionNotRelied
        ? { text: CONTAINMENT_NOT_TRUSTED_TEXT, effect: CONTAINMENT_RULES.attempted.effect }
        : confidentiality.attemptNotCounted
          ? { text: UNCONFIRMED_FRAUD_DATA_TEXT, effect: 'neutral' }
          : CONTAINMENT_RULES[facts.containment],
      BASIS.factors,
    );
    factor('exposureDuration', 'exposure', EXPOSURE_RULES[facts.exposureDuration], BASIS.factors);
  }
  // Integrity: has the changed data been put right?
  if (integrity !== null && facts.alteration !== 'no') {
    factor('alteration', 'alteration', ALTERATION_RULES[facts.alteration], BASIS.factors);
  }
  if (confidentiality !== null || integrity !== null) {
    factor('cause', 'cause', CAUSE_RULES[facts.cause], BASIS.factors);
    if (facts.misuseSeen === 'seen') factor('misuseSeen', 'misuse', { text: MISUSE_SEEN_TEXT, effect: 'raises' }, BASIS.harms);
    if (facts.misuseSeen === 'seen_for_some') {
      factor('misuseSeen', 'misuse', { text: MISUSE_SEEN_FOR_SOME_TEXT, effect: 'raises' }, BASIS.harms);
    }
    explainData(facts, judgement, isUnknown, add);
  }

  // Availability: how long, and what it stopped.
  if (availability !== null && facts.unavailability !== 'no') {
    if (isUnknown('unavailability')) add('unavailability', UNKNOWN_TEXTS.unavailability.assumed, BASIS.ifInDoubt, 'raises');
    if (isUnknown('unavailabilityEffect')) {
      add('unavailability', UNKNOWN_TEXTS.unavailabilityEffect.assumed, BASIS.ifInDoubt, 'raises');
    }
    add(
      'availability_risk',
      `The data ${UNAVAILABILITY_PHRASES[facts.unavailability]} and ${UNAVAILABILITY_EFFECT_PHRASES[facts.unavailabilityEffect]}, so on its own this ${LEVEL_PHRASES[availability]} to people.`,
      BASIS.factors,
      LEVEL_EFFECTS[availability],
    );
  }
  return reasons;
}

/**
 * Where the severity is above the harm the person judged, what raised it, e.g. "(you judged
 * it upsetting but limited; raised because the data includes financial details and more
 * than 1,000 people are affected)". Null when it is the person's own judgement.
 */
export function raisedBy(facts: Facts, judgement: Judgement): string | null {
  const { data } = judgement;
  if (data.severity <= data.judged) return null;
  const causes: string[] = [];
  const setBy = data.floorSetBy;
  if (setBy !== null && data.floor > data.judged) {
    causes.push(
      'category' in setBy
        ? `the data includes ${DATA_CATEGORY_RULES[setBy.category].name}`
        : `the data combines ${listInWords((DATA_COMBINATION_RULES[setBy.combination]?.allOf ?? []).map((c) => DATA_CATEGORY_RULES[c].name))}`,
    );
  }
  if (data.vulnerable) causes.push(`some of the people are ${listInWords(facts.vulnerablePeople.map((g) => VULNERABLE_GROUP_NAMES[g]))}`);
  if (PEOPLE_COUNT_RULES[facts.peopleCount].severityStep > 0) causes.push('more than 1,000 people are affected');
  return `you judged it ${SEVERITY_NAMES[data.judged]}; raised because ${listInWords(causes)}`;
}

function typeRiskText(because: string, judged: TypeJudgement, raised: string | null): string {
  const severity = raised === null ? SEVERITY_NAMES[judged.severity] : `${SEVERITY_NAMES[judged.severity]} (${raised})`;
  return `${because}, the harm could be ${severity} ${LIKELIHOOD_PHRASES[judged.likelihood]}, so on its own this ${LEVEL_PHRASES[judged.level]} to people.`;
}

/** Where an exception is named, the duty it is an exception to, so it never reads as out of nowhere. */
const EXCEPTION_DUTY_TEXTS = {
  unintelligible: 'Had the data not been encrypted, this breach would be likely to result in a high risk to people, and they would have to be told',
  risk_no_longer_likely:
    'Before the steps you have taken since, this breach was likely to result in a high risk to people, so they would have had to be told',
  disproportionate_effort: 'The breach is likely to result in a high risk to people, so they must be told',
} as const;

/** The risk level the ENISA band on its own would suggest. */
export const BAND_SUGGESTS: Record<SeverityScore['band'], RiskLevel> = {
  low: 'unlikely',
  medium: 'risk',
  high: 'high',
  very_high: 'high',
};

/**
 * Where the ENISA band and the decision differ, one sentence saying why: the score weighs the
 * data and the circumstances only; the legal test adds likelihood, safeguards and numbers.
 */
export function scoreGapText(facts: Facts, judgement: Judgement, score: SeverityScore): string | null {
  const suggested = RISK_LEVELS.indexOf(BAND_SUGGESTS[score.band]);
  const decided = RISK_LEVELS.indexOf(judgement.overall);
  if (suggested === decided) return null;
  const head = `The ENISA severity score is ${score.score.toFixed(2)} (${score.band.replace('_', ' ')}), but the risk is judged ${LEVEL_WORDS[judgement.overall]}`;
  const why = suggested > decided ? scoreHigherBecause(facts, judgement) : scoreLowerBecause(facts, judgement);
  const texts = suggested > decided ? SCORE_GAP_TEXTS.scoreHigher : SCORE_GAP_TEXTS.scoreLower;
  return why.length > 0 ? `${head}: ${texts.lead}, and ${listInWords(why)}.` : `${head}: ${texts.lead}.`;
}

const LEVEL_WORDS: Record<RiskLevel, string> = { unlikely: 'unlikely to result in a risk', risk: 'a risk', high: 'a high risk' };

function scoreHigherBecause(facts: Facts, judgement: Judgement): string[] {
  const t = SCORE_GAP_TEXTS.scoreHigher;
  const c = judgement.confidentiality;
  const why: string[] = [];
  if (c?.negligibleBecause === 'encryption') why.push(t.encryption);
  if (c?.negligibleBecause === 'confirmed_deletion') why.push(t.confirmedDeletion);
  if (c && facts.disclosure === 'access_no_copy') why.push(t.accessNoCopy);
  if (c && facts.protection === 'strong_hash' && facts.dataCategories.includes('credentials')) why.push(t.hashedPasswords);
  if (c && c.negligibleBecause === null && facts.containment !== 'not_contained' && !c.attemptNotCounted) why.push(t.containment);
  if (c && facts.identifiability !== 'easily') why.push(t.hardToIdentify);
  if (judgement.availability !== null && (facts.unavailabilityEffect === 'nothing_noticeable' || facts.unavailabilityEffect === 'inconvenience')) {
    why.push(t.limitedEffect);
  }
  if (judgement.data.judged <= 2 && judgement.data.severity <= 2) why.push(t.judgedHarm);
  return why;
}

function scoreLowerBecause(facts: Facts, judgement: Judgement): string[] {
  const t = SCORE_GAP_TEXTS.scoreLower;
  const { data } = judgement;
  const seenOrChanged = judgement.confidentiality !== null || judgement.integrity !== null;
  const why: string[] = [];
  if (seenOrChanged && PEOPLE_COUNT_RULES[facts.peopleCount].severityStep > 0) why.push(t.manyPeople);
  if (seenOrChanged && facts.misuseSeen !== 'no_sign_so_far') why.push(t.misuse);
  if (judgement.confidentiality !== null && facts.exposureDuration === 'over_a_week') why.push(t.longExposure);
  if (judgement.availability !== null && facts.unavailabilityEffect === 'harm') why.push(t.harmfulEffect);
  if (judgement.availability !== null && facts.unavailabilityEffect === 'delays') why.push(t.delays);
  if (seenOrChanged && data.floor > data.judged) why.push(t.dataFloor);
  if (seenOrChanged && data.vulnerable) why.push(t.vulnerable);
  if (seenOrChanged && data.judged >= 3) why.push(t.judgedHarm);
  if (seenOrChanged && facts.cause === 'malicious') why.push(t.deliberate);
  return why;
}

/** The data and the people: what set the severity. */
function explainData(
  facts: Facts,
  judgement: Judgement,
  isUnknown: (id: QuestionId) => boolean,
  add: (factor: string, text: string, basis: string, effect: ReasonEffect) => void,
): void {
  const { data } = judgement;

  if (isUnknown('dataCategories')) {
    add('data_kinds', UNKNOWN_TEXTS.dataCategories.assumed, BASIS.ifInDoubt, 'raises');
  } else {
    const special = facts.dataCategories.filter((c) => DATA_CATEGORY_RULES[c].specialOrCriminal);
    if (special.length > 0) {
      const names = listInWords(special.map((c) => DATA_CATEGORY_RULES[c].name));
      // A trivial sensitive detail is recorded as such, not silently upgraded.
      if (!isUnknown('harmSeverity') && data.judged <= 2) {
        add(
          'data_kinds',
          `The data includes ${names}, which the law treats as sensitive, but you judged the harm here ${SEVERITY_NAMES[data.judged]}, so that alone does not make the breach serious.`,
          BASIS.specialData,
          'lowers',
        );
      } else {
        add(
          'data_kinds',
          `The data includes ${names}, which the law treats as sensitive because it can lead to distress or discrimination.`,
          BASIS.specialData,
          'raises',
        );
      }
    }
    const setBy = data.floorSetBy;
    if (setBy !== null && data.floor > data.judged) {
      const text =
        'category' in setBy
          ? (DATA_CATEGORY_RULES[setBy.category].whyFloor ?? '')
          : (DATA_COMBINATION_RULES[setBy.combination]?.text ?? '');
      if (text !== '') add('data_kinds', text, BASIS.factors, 'raises');
    }
  }

  if (isUnknown('harmSeverity')) {
    add('harm', UNKNOWN_TEXTS.harmSeverity.assumed, BASIS.ifInDoubt, 'raises');
  } else {
    add(
      'harm',
      `You judged that misuse of this data could cause ${SEVERITY_NAMES[data.judged]} harm to the people.`,
      BASIS.harms,
      SEVERITY_EFFECTS[data.judged],
    );
  }

  if (isUnknown('vulnerablePeople')) {
    add('vulnerable_people', UNKNOWN_TEXTS.vulnerablePeople.assumed, BASIS.ifInDoubt, 'raises');
  } else if (data.vulnerable) {
    const names = listInWords(facts.vulnerablePeople.map((g) => VULNERABLE_GROUP_NAMES[g]));
    add(
      'vulnerable_people',
      `Some of the people are ${names}, who are less able to protect themselves, so the harm was treated as more serious.`,
      BASIS.factors,
      'raises',
    );
  } else {
    add('vulnerable_people', 'None of the people are children, vulnerable adults or patients.', BASIS.factors, 'neutral');
  }

  if (isUnknown('peopleCount')) {
    add('people_count', UNKNOWN_TEXTS.peopleCount.assumed, BASIS.ifInDoubt, 'raises');
  } else {
    const rule = PEOPLE_COUNT_RULES[facts.peopleCount];
    add(
      'people_count',
      rule.severityStep > 0
        ? `The breach affects ${rule.phrase}, which makes it more serious.`
        : `The breach affects ${rule.phrase}.`,
      BASIS.factors,
      rule.severityStep > 0 ? 'raises' : 'neutral',
    );
  }
}
