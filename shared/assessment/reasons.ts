import type { QuestionId } from './answers';
import type { Judgement, TypeJudgement } from './judge';
import type { Reason, ReasonEffect, RiskLevel } from './result';
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
  IDENTIFIABILITY_RULES,
  LIKELIHOOD_PHRASES,
  MISUSE_SEEN_TEXT,
  PEOPLE_COUNT_RULES,
  PROTECTION_RULES,
  SEVERITY_NAMES,
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

export function explain({ facts, unknownsThatMatter, judgement, telling }: ExplainInput): Reason[] {
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
    add('tell_people_exception', rule.text, rule.basis, 'lowers');
  }
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
    add('confidentiality_risk', typeRiskText('Because the data could have been seen', confidentiality), BASIS.factors, LEVEL_EFFECTS[confidentiality.level]);
  }
  if (integrity !== null) {
    add('breach_type', BREACH_TYPE_TEXTS.integrity, BASIS.definition, 'neutral');
    add('integrity_risk', typeRiskText('Because the data was changed', integrity), BASIS.factors, LEVEL_EFFECTS[integrity.level]);
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
        : CONTAINMENT_RULES[facts.containment],
      BASIS.factors,
    );
  }
  // Integrity: has the changed data been put right?
  if (integrity !== null && facts.alteration !== 'no') {
    factor('alteration', 'alteration', ALTERATION_RULES[facts.alteration], BASIS.factors);
  }
  if (confidentiality !== null || integrity !== null) {
    factor('cause', 'cause', CAUSE_RULES[facts.cause], BASIS.factors);
    if (facts.misuseSeen === 'seen') factor('misuseSeen', 'misuse', { text: MISUSE_SEEN_TEXT, effect: 'raises' }, BASIS.harms);
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

function typeRiskText(because: string, judged: TypeJudgement): string {
  return `${because}, the harm could be ${SEVERITY_NAMES[judged.severity]} ${LIKELIHOOD_PHRASES[judged.likelihood]}, so on its own this ${LEVEL_PHRASES[judged.level]} to people.`;
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
