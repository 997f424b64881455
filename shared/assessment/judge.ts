import type { DataCategory } from './answers';
import type { RiskLevel } from './result';
import { RISK_LEVELS } from './result';
import type { Likelihood, Severity } from './rules';
import {
  ALTERATION_RULES,
  AVAILABILITY_RISK,
  CAUSE_RULES,
  CONTAINMENT_RELIED_DISCLOSURES,
  CONTAINMENT_RULES,
  DATA_CATEGORY_RULES,
  DATA_COMBINATION_RULES,
  DISCLOSURE_RULES,
  EXPOSURE_RULES,
  FRAUD_ENABLING_DATA,
  HARM_SEVERITY_RULES,
  IDENTIFIABILITY_RULES,
  MISUSE_SEEN_FOR_SOME_LIKELIHOOD,
  MISUSE_SEEN_LIKELIHOOD,
  PEOPLE_COUNT_RULES,
  PROTECTION_RULES,
  RISK_MATRIX,
  VULNERABLE_SEVERITY_STEP,
} from './rules';
import type { Facts } from './unknowns';

/**
 * Steps 2 to 5 of the rules (see rules.ts): the risk from each kind of breach and the
 * overall level. Only combines the tables; holds no thresholds of its own.
 */

export interface DataSeverity {
  /** The severity the person judged (harm question). */
  judged: Severity;
  /** The lowest severity the kinds of data allow, and what set it (null if nothing above 1). */
  floor: Severity;
  floorSetBy: { category: DataCategory } | { combination: number } | null;
  vulnerable: boolean;
  /** Final severity after people and numbers, 1..4. */
  severity: Severity;
}

export interface TypeJudgement {
  severity: Severity;
  likelihood: Likelihood;
  level: RiskLevel;
}

export interface ConfidentialityJudgement extends TypeJudgement {
  /** Why misuse is negligible, if it is. */
  negligibleBecause: 'encryption' | 'confirmed_deletion' | null;
  /** A deletion was confirmed but, as deliberate or to strangers, could not be relied on. */
  deletionNotRelied: boolean;
  /** An unconfirmed deletion was not counted, because the data is enough for fraud. */
  attemptNotCounted: boolean;
}

export interface Judgement {
  overall: RiskLevel;
  data: DataSeverity;
  confidentiality: ConfidentialityJudgement | null;
  integrity: TypeJudgement | null;
  availability: RiskLevel | null;
}

const clampSeverity = (n: number): Severity => Math.min(4, Math.max(1, n)) as Severity;
const clampLikelihood = (n: number): Likelihood => Math.min(4, Math.max(1, n)) as Likelihood;

export function highestLevel(levels: readonly RiskLevel[]): RiskLevel {
  return levels.reduce<RiskLevel>(
    (highest, level) => (RISK_LEVELS.indexOf(level) > RISK_LEVELS.indexOf(highest) ? level : highest),
    'unlikely',
  );
}

/**
 * The kinds of data that count towards severity: passwords stored with a strong, salted hash
 * (or strongly encrypted) are not readable passwords, so they set no floor of their own. Only
 * when the data was seen and not also changed: a hash does not protect against tampering.
 */
export function weighedDataCategories(facts: Facts): readonly DataCategory[] {
  const passwordsUnreadable =
    facts.disclosure !== 'no' && facts.alteration === 'no' && PROTECTION_RULES[facts.protection].passwordsUnreadable;
  return passwordsUnreadable ? facts.dataCategories.filter((c) => c !== 'credentials') : facts.dataCategories;
}

export function judgeDataSeverity(facts: Facts): DataSeverity {
  const judged = HARM_SEVERITY_RULES[facts.harmSeverity];
  const categories = weighedDataCategories(facts);
  let floor: Severity = 1;
  let floorSetBy: DataSeverity['floorSetBy'] = null;
  for (const category of categories) {
    const rule = DATA_CATEGORY_RULES[category];
    if (rule.floor > floor) {
      floor = rule.floor;
      floorSetBy = { category };
    }
  }
  DATA_COMBINATION_RULES.forEach((rule, index) => {
    if (rule.floor > floor && rule.allOf.every((c) => categories.includes(c))) {
      floor = rule.floor;
      floorSetBy = { combination: index };
    }
  });
  const vulnerable = facts.vulnerablePeople.length > 0;
  const severity = clampSeverity(
    Math.max(judged, floor) +
      (vulnerable ? VULNERABLE_SEVERITY_STEP : 0) +
      PEOPLE_COUNT_RULES[facts.peopleCount].severityStep,
  );
  return { judged, floor, floorSetBy, vulnerable, severity };
}

export function judgeConfidentiality(facts: Facts, severity: Severity): ConfidentialityJudgement | null {
  if (facts.disclosure === 'no') return null;
  const containment = CONTAINMENT_RULES[facts.containment];
  const deletionCanBeRelied =
    facts.cause === 'accidental' && CONTAINMENT_RELIED_DISCLOSURES.includes(facts.disclosure);
  const deletionNotRelied = containment.negligibleIfTrusted && !deletionCanBeRelied;
  const attemptNotCounted =
    facts.containment === 'attempted' && weighedDataCategories(facts).some((c) => FRAUD_ENABLING_DATA.includes(c));
  const computed = clampLikelihood(
    DISCLOSURE_RULES[facts.disclosure].value +
      CAUSE_RULES[facts.cause].value +
      EXPOSURE_RULES[facts.exposureDuration].value +
      IDENTIFIABILITY_RULES[facts.identifiability].value +
      (attemptNotCounted ? 0 : containment.value),
  );

  let likelihood: Likelihood;
  let negligibleBecause: ConfidentialityJudgement['negligibleBecause'] = null;
  if (facts.misuseSeen === 'seen') {
    likelihood = MISUSE_SEEN_LIKELIHOOD;
  } else if (facts.misuseSeen === 'seen_for_some') {
    likelihood = Math.max(MISUSE_SEEN_FOR_SOME_LIKELIHOOD, computed) as Likelihood;
  } else if (PROTECTION_RULES[facts.protection].makesNegligible) {
    likelihood = 0;
    negligibleBecause = 'encryption';
  } else if (containment.negligibleIfTrusted && deletionCanBeRelied) {
    likelihood = 0;
    negligibleBecause = 'confirmed_deletion';
  } else {
    likelihood = computed;
  }
  return {
    severity,
    likelihood,
    level: RISK_MATRIX[severity][likelihood],
    negligibleBecause,
    deletionNotRelied,
    attemptNotCounted,
  };
}

export function judgeIntegrity(facts: Facts, severity: Severity): TypeJudgement | null {
  if (facts.alteration === 'no') return null;
  const computed = clampLikelihood(ALTERATION_RULES[facts.alteration].value + CAUSE_RULES[facts.cause].value);
  const likelihood =
    facts.misuseSeen === 'seen'
      ? MISUSE_SEEN_LIKELIHOOD
      : facts.misuseSeen === 'seen_for_some'
        ? (Math.max(MISUSE_SEEN_FOR_SOME_LIKELIHOOD, computed) as Likelihood)
        : computed;
  return { severity, likelihood, level: RISK_MATRIX[severity][likelihood] };
}

export function judgeAvailability(facts: Facts): RiskLevel | null {
  if (facts.unavailability === 'no') return null;
  return AVAILABILITY_RISK[facts.unavailability][facts.unavailabilityEffect];
}

export function judge(facts: Facts): Judgement {
  const data = judgeDataSeverity(facts);
  const confidentiality = judgeConfidentiality(facts, data.severity);
  const integrity = judgeIntegrity(facts, data.severity);
  const availability = judgeAvailability(facts);
  const overall = highestLevel(
    [confidentiality?.level, integrity?.level, availability].filter((l): l is RiskLevel => l !== undefined && l !== null),
  );
  return { overall, data, confidentiality, integrity, availability };
}
