import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnyQuestion, AssessmentAnswers } from '../../../shared/assessment';
import { QUESTIONS, UNKNOWN, assessBreach } from '../../../shared/assessment';
import { sameOutcome } from '../../../shared/assessment-record';
import { QUIET } from './answers-builder';

/**
 * Two options a non-expert could both pick for the same situation must not silently flip the
 * advice: for every question, where two of its options can lead to different advice, the
 * question says how to choose, and each option is told apart by its own words.
 */

const otherAnswers: fc.Arbitrary<AssessmentAnswers> = fc
  .tuple(...QUESTIONS.map((q) => (q.kind === 'choose_one' ? fc.constantFrom(...q.options.map((o) => o.value)) : fc.constant(undefined))))
  .map((values) => {
    const answers: Record<string, unknown> = { ...QUIET };
    QUESTIONS.forEach((q, i) => {
      if (values[i] !== undefined) answers[q.id] = values[i];
    });
    return answers as AssessmentAnswers;
  });

/** Whether choosing `a` or `b` for this question ever changes the decisions, over sampled situations. */
function optionsCanDiffer(question: AnyQuestion, a: string, b: string): boolean {
  const pick = (answers: AssessmentAnswers, value: string) =>
    assessBreach({ ...answers, [question.id]: question.kind === 'choose_any' ? [value] : value } as AssessmentAnswers);
  return fc
    .sample(otherAnswers, { numRuns: 400, seed: 7 })
    .some((answers) => !sameOutcome(pick(answers, a), pick(answers, b)));
}

describe.each(QUESTIONS.map((q) => [q.id, q] as const))('question %s', (_id, question) => {
  const known = question.options.filter((o) => o.value !== UNKNOWN);

  it('gives each option its own words', () => {
    const labels = known.map((o) => o.label.toLowerCase());
    expect(new Set(labels).size).toBe(labels.length);
    for (const label of labels) for (const other of labels) if (label !== other) expect(other.startsWith(label)).toBe(false);
  });

  it('says how to choose wherever two options can lead to different advice', () => {
    const differing = known.flatMap((a, i) => known.slice(i + 1).filter((b) => optionsCanDiffer(question, a.value, b.value)).map((b) => [a, b]));
    if (differing.length === 0) return;
    expect(question.howToChoose, `${question.id}: options ${JSON.stringify(differing.map(([a, b]) => [a?.value, b?.value]))} differ`).toMatch(/\S.+\.$/);
  });
});

describe('the overlaps found in use, now told apart', () => {
  const effect = QUESTIONS.find((q) => q.id === 'unavailabilityEffect');

  it('"minor delays to customer orders" fits only one option: the help says a day or more late is a delay, however minor', () => {
    expect(effect?.howToChoose).toMatch(/a day or more late, choose “people waited a day or more”, however minor/);
    const labels = effect?.options.map((o) => o.label) ?? [];
    expect(labels.filter((l) => /a day or more/.test(l))).toHaveLength(1);
    expect(labels.filter((l) => /same day/.test(l))).toHaveLength(1);
    expect(labels).not.toContain('Minor inconvenience');
  });

  it('"known" and "trusted" recipients are told apart, and another client is named as merely known', () => {
    const disclosure = QUESTIONS.find((q) => q.id === 'disclosure');
    expect(disclosure?.options.find((o) => o.value === 'one_trusted_recipient')?.label).toMatch(/bound to keep it confidential/);
    expect(disclosure?.options.find((o) => o.value === 'few_known_recipients')?.hint).toMatch(/another client/);
    expect(disclosure?.options.find((o) => o.value === 'access_no_copy')?.label).toMatch(/logs show nothing was copied/);
  });
});
