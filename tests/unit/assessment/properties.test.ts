import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AssessmentAnswers, AssessmentResult, QuestionId } from '../../../shared/assessment';
import {
  ALTERATION_VALUES,
  CAUSE_VALUES,
  CONTACT_EFFORT_VALUES,
  CONTAINMENT_VALUES,
  DATA_CATEGORY_VALUES,
  DISCLOSURE_VALUES,
  EXPOSURE_VALUES,
  HARM_SEVERITY_VALUES,
  IDENTIFIABILITY_VALUES,
  MISUSE_VALUES,
  PEOPLE_TOLD_VALUES,
  PEOPLE_COUNT_VALUES,
  PROTECTION_VALUES,
  QUESTION_IDS,
  RISK_LEVELS,
  UNAVAILABILITY_EFFECT_VALUES,
  UNAVAILABILITY_VALUES,
  UNKNOWN,
  VULNERABLE_GROUP_VALUES,
  assessBreach,
} from '../../../shared/assessment';

const RUNS = { numRuns: 2000 };

// ── Arbitraries ──────────────────────────────────────────────────────────────────────

/** Mostly known answers, sometimes "I don't know yet", so both regions are explored. */
const oneOf = <T extends string>(values: readonly T[]) =>
  fc.oneof({ arbitrary: fc.constantFrom(...values), weight: 5 }, { arbitrary: fc.constant(UNKNOWN), weight: 1 });

const answersArb: fc.Arbitrary<AssessmentAnswers> = fc.record({
  disclosure: oneOf(DISCLOSURE_VALUES),
  alteration: oneOf(ALTERATION_VALUES),
  unavailability: oneOf(UNAVAILABILITY_VALUES),
  unavailabilityEffect: oneOf(UNAVAILABILITY_EFFECT_VALUES),
  cause: oneOf(CAUSE_VALUES),
  dataCategories: fc.oneof(
    {
      arbitrary: fc.shuffledSubarray<AssessmentAnswers['dataCategories'][number]>([...DATA_CATEGORY_VALUES], {
        minLength: 1,
        maxLength: 4,
      }),
      weight: 5,
    },
    {
      arbitrary: fc.shuffledSubarray<AssessmentAnswers['dataCategories'][number]>([...DATA_CATEGORY_VALUES, UNKNOWN], {
        minLength: 1,
        maxLength: 4,
      }),
      weight: 1,
    },
  ),
  harmSeverity: oneOf(HARM_SEVERITY_VALUES),
  identifiability: oneOf(IDENTIFIABILITY_VALUES),
  peopleCount: oneOf(PEOPLE_COUNT_VALUES),
  vulnerablePeople: fc.shuffledSubarray([...VULNERABLE_GROUP_VALUES, UNKNOWN], { maxLength: 2 }),
  protection: oneOf(PROTECTION_VALUES),
  containment: oneOf(CONTAINMENT_VALUES),
  exposureDuration: oneOf(EXPOSURE_VALUES),
  misuseSeen: oneOf(MISUSE_VALUES),
  contactEffort: oneOf(CONTACT_EFFORT_VALUES),
  peopleToldSoFar: oneOf(PEOPLE_TOLD_VALUES),
});

/** Two positions i ≤ j in a list. */
const orderedPair = (length: number) =>
  fc
    .tuple(fc.integer({ min: 0, max: length - 1 }), fc.integer({ min: 0, max: length - 1 }))
    .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);

// ── Comparing outcomes ───────────────────────────────────────────────────────────────

const rank = (result: AssessmentResult) => ({
  risk: RISK_LEVELS.indexOf(result.riskLevel),
  report: result.reportToIco === 'required' ? 1 : 0,
  tell: result.tellPeople === 'required' ? 1 : 0,
});

/** `worse` asks for at least as much as `better` on every count. */
function expectAtLeastAsSerious(worse: AssessmentResult, better: AssessmentResult): void {
  const w = rank(worse);
  const b = rank(better);
  expect(w.risk).toBeGreaterThanOrEqual(b.risk);
  expect(w.report).toBeGreaterThanOrEqual(b.report);
  expect(w.tell).toBeGreaterThanOrEqual(b.tell);
}

const withAnswer = <K extends QuestionId>(answers: AssessmentAnswers, id: K, value: AssessmentAnswers[K]) => ({
  ...answers,
  [id]: value,
});

const adding = <T extends string>(items: readonly T[], item: T): T[] => (items.includes(item) ? [...items] : [...items, item]);

// ── 1. More serious facts never lower the outcome ────────────────────────────────────

/** Known values from less to more serious. */
const ESCALATIONS = {
  harmSeverity: HARM_SEVERITY_VALUES,
  peopleCount: PEOPLE_COUNT_VALUES,
  disclosure: DISCLOSURE_VALUES,
  cause: CAUSE_VALUES,
  unavailabilityEffect: UNAVAILABILITY_EFFECT_VALUES,
  exposureDuration: EXPOSURE_VALUES,
  misuseSeen: MISUSE_VALUES,
} as const;

describe('more serious facts never lower the risk', () => {
  it.each(Object.entries(ESCALATIONS))('raising %s', (id, values) => {
    fc.assert(
      fc.property(answersArb, orderedPair(values.length), (answers, [lower, higher]) => {
        const question = id as keyof typeof ESCALATIONS;
        expectAtLeastAsSerious(
          assessBreach(withAnswer(answers, question, values[higher] as never)),
          assessBreach(withAnswer(answers, question, values[lower] as never)),
        );
      }),
      RUNS,
    );
  });

  it('adding any kind of data', () => {
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...DATA_CATEGORY_VALUES), (answers, category) => {
        const more = { ...answers, dataCategories: adding(answers.dataCategories, category) };
        expectAtLeastAsSerious(assessBreach(more), assessBreach(answers));
      }),
      RUNS,
    );
  });

  it('adding special category or criminal offence data', () => {
    const sensitive = DATA_CATEGORY_VALUES.filter((c) => c.startsWith('special_') || c === 'criminal_offence');
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...sensitive), (answers, category) => {
        const more = { ...answers, dataCategories: adding(answers.dataCategories, category) };
        expectAtLeastAsSerious(assessBreach(more), assessBreach(answers));
      }),
      RUNS,
    );
  });

  it('adding children, vulnerable adults or patients', () => {
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...VULNERABLE_GROUP_VALUES), (answers, group) => {
        const more = { ...answers, vulnerablePeople: adding(answers.vulnerablePeople, group) };
        expectAtLeastAsSerious(assessBreach(more), assessBreach(answers));
      }),
      RUNS,
    );
  });
});

// ── 2. A genuine mitigation never raises the outcome ─────────────────────────────────

/** Known values from no safeguard to the strongest. */
const MITIGATIONS = {
  protection: [...PROTECTION_VALUES].reverse(),
  containment: [...CONTAINMENT_VALUES].reverse(),
  alteration: ['not_put_right', 'put_right'],
  unavailability: ['permanent', 'days', 'hours', 'minutes'],
  identifiability: [...IDENTIFIABILITY_VALUES].reverse(),
} as const;

describe('a genuine mitigation never raises the risk', () => {
  it.each(Object.entries(MITIGATIONS))('better %s', (id, values) => {
    fc.assert(
      fc.property(answersArb, orderedPair(values.length), (answers, [weaker, stronger]) => {
        const question = id as keyof typeof MITIGATIONS;
        expectAtLeastAsSerious(
          assessBreach(withAnswer(answers, question, values[weaker] as never)),
          assessBreach(withAnswer(answers, question, values[stronger] as never)),
        );
      }),
      RUNS,
    );
  });
});

// ── 3. "I don't know yet" never asks for less than a known answer ────────────────────

/** A known answer to the question: any option, or for tick-all questions any non-empty set. */
const knownAnswerArb: { [K in QuestionId]: fc.Arbitrary<AssessmentAnswers[K]> } = {
  disclosure: fc.constantFrom(...DISCLOSURE_VALUES),
  alteration: fc.constantFrom(...ALTERATION_VALUES),
  unavailability: fc.constantFrom(...UNAVAILABILITY_VALUES),
  unavailabilityEffect: fc.constantFrom(...UNAVAILABILITY_EFFECT_VALUES),
  cause: fc.constantFrom(...CAUSE_VALUES),
  dataCategories: fc.oneof(
    fc.constant<AssessmentAnswers['dataCategories']>([...DATA_CATEGORY_VALUES]),
    fc.subarray<AssessmentAnswers['dataCategories'][number]>([...DATA_CATEGORY_VALUES], { minLength: 1 }),
  ),
  harmSeverity: fc.constantFrom(...HARM_SEVERITY_VALUES),
  identifiability: fc.constantFrom(...IDENTIFIABILITY_VALUES),
  peopleCount: fc.constantFrom(...PEOPLE_COUNT_VALUES),
  vulnerablePeople: fc.oneof(
    fc.constant<AssessmentAnswers['vulnerablePeople']>([...VULNERABLE_GROUP_VALUES]),
    fc.subarray<AssessmentAnswers['vulnerablePeople'][number]>([...VULNERABLE_GROUP_VALUES]),
  ),
  protection: fc.constantFrom(...PROTECTION_VALUES),
  containment: fc.constantFrom(...CONTAINMENT_VALUES),
  exposureDuration: fc.constantFrom(...EXPOSURE_VALUES),
  misuseSeen: fc.constantFrom(...MISUSE_VALUES),
  contactEffort: fc.constantFrom(...CONTACT_EFFORT_VALUES),
  peopleToldSoFar: fc.constantFrom(...PEOPLE_TOLD_VALUES),
};

function unknownAnswer<K extends QuestionId>(answers: AssessmentAnswers, id: K): AssessmentAnswers[K] {
  const current = answers[id];
  // For tick-all questions, "unknown" is ticked alongside what is known.
  return (Array.isArray(current) ? adding(current as string[], UNKNOWN) : UNKNOWN) as AssessmentAnswers[K];
}

describe('an unknown answer errs towards reporting', () => {
  it.each(QUESTION_IDS)('%s: unknown asks for at least what any known answer would', (id) => {
    fc.assert(
      fc.property(answersArb, knownAnswerArb[id], (answers, known) => {
        const knownResult = assessBreach(withAnswer(answers, id, known));
        const unknownResult = assessBreach(withAnswer(answers, id, unknownAnswer(answers, id)));
        expectAtLeastAsSerious(unknownResult, knownResult);
        // If not knowing changed the duties, the result must say it is provisional.
        const changed =
          rank(unknownResult).report !== rank(knownResult).report || rank(unknownResult).tell !== rank(knownResult).tell;
        if (changed) {
          expect(unknownResult.provisional).toBe(true);
          expect(unknownResult.toFindOut.length).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });

  it('replacing a tick-all answer entirely with "unknown" also errs towards reporting', () => {
    fc.assert(
      fc.property(answersArb, fc.constantFrom('dataCategories', 'vulnerablePeople'), (answers, id) => {
        const known = { ...answers, [id]: answers[id].filter((v) => v !== UNKNOWN) };
        if (id === 'dataCategories' && known.dataCategories.length === 0) return;
        expectAtLeastAsSerious(assessBreach({ ...answers, [id]: [UNKNOWN] }), assessBreach(known));
      }),
      RUNS,
    );
  });
});
