import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AssessmentAnswers, AssessmentResult } from '../../../shared/assessment';
import { QUESTIONS, RISK_LEVELS, assessBreach, assessmentAnswersSchema } from '../../../shared/assessment';
import { BAND_SUGGESTS } from '../../../shared/assessment/reasons';
import { DUTY_RULES, HARM_SEVERITY_RULES, SEVERITY_NAMES } from '../../../shared/assessment/rules';
import { SEVERITY_BAND_LABELS } from '../../../shared/labels';

/**
 * The advice speaks with one voice: over thousands of generated answer sets, no reason, score
 * band or exception shown contradicts the two decisions.
 */

const RUNS = { numRuns: 4000 };

/** Any valid answers, from the wizard's own options (including "I don't know yet"). */
const answersArb: fc.Arbitrary<AssessmentAnswers> = fc
  .tuple(
    ...QUESTIONS.map((question) => {
      const values = question.options.map((o) => o.value);
      return question.kind === 'choose_one'
        ? fc.constantFrom(...values)
        : fc.shuffledSubarray(values, { minLength: question.id === 'dataCategories' ? 1 : 0, maxLength: Math.min(5, values.length) });
    }),
  )
  .map((values) => assessmentAnswersSchema.parse(Object.fromEntries(QUESTIONS.map((q, i) => [q.id, values[i]]))));

const LEVEL_ENDINGS = {
  unlikely: 'is unlikely to result in a risk to people.',
  risk: 'is likely to result in a risk to people.',
  high: 'is likely to result in a high risk to people.',
} as const;

const reasonsOf = (result: AssessmentResult, factor: string) => result.reasons.filter((r) => r.factor === factor);

function check(property: (answers: AssessmentAnswers, result: AssessmentResult) => void) {
  fc.assert(
    fc.property(answersArb, (answers) => property(answers, assessBreach(answers))),
    RUNS,
  );
}

describe('the advice never contradicts its decisions', () => {
  it('the first reason states the decision the result holds', () => {
    check((_answers, result) => {
      expect(result.reasons[0]).toMatchObject({ factor: 'decision', text: DUTY_RULES[result.riskLevel].text });
      expect(reasonsOf(result, 'decision')).toHaveLength(1);
    });
  });

  it('each kind of breach states its own level, and the highest of them is the overall risk', () => {
    check((_answers, result) => {
      const levels = Object.values(result.byBreachType).filter((l) => l !== null);
      const highest = levels.reduce((a, b) => (RISK_LEVELS.indexOf(b) > RISK_LEVELS.indexOf(a) ? b : a), 'unlikely');
      expect(highest).toBe(result.riskLevel);
      for (const type of ['confidentiality', 'integrity', 'availability'] as const) {
        const level = result.byBreachType[type];
        const stated = reasonsOf(result, `${type}_risk`);
        if (level === null) expect(stated).toEqual([]);
        else expect(stated.map((r) => r.text.endsWith(LEVEL_ENDINGS[level]))).toEqual([true]);
      }
    });
  });

  it('the ENISA band agrees with the decision, or a sentence reconciles them', () => {
    check((_answers, result) => {
      const { score, band } = result.severityScore;
      const gap = reasonsOf(result, 'severity_score');
      if (BAND_SUGGESTS[band] === result.riskLevel) {
        expect(gap).toEqual([]);
      } else {
        expect(gap).toHaveLength(1);
        expect(gap[0]?.text).toContain(`${score.toFixed(2)} (${SEVERITY_BAND_LABELS[band]})`);
        const words = { unlikely: 'unlikely to result in a risk', risk: 'judged a risk', high: 'judged a high risk' } as const;
        expect(gap[0]?.text).toContain(words[result.riskLevel]);
        const direction = RISK_LEVELS.indexOf(BAND_SUGGESTS[band]) > RISK_LEVELS.indexOf(result.riskLevel) ? 'not how likely' : 'leaves out';
        expect(gap[0]?.text).toContain(direction);
      }
    });
  });

  it('an exception to telling people appears only where a duty to tell existed, and says so', () => {
    check((_answers, result) => {
      const exception = reasonsOf(result, 'tell_people_exception');
      if (result.tellPeople === 'required') expect(result.riskLevel).toBe('high');
      if (result.tellPeopleException === null) {
        expect(exception).toEqual([]);
        return;
      }
      expect(exception).toHaveLength(1);
      const text = exception[0]?.text ?? '';
      if (result.tellPeopleException === 'disproportionate_effort') {
        expect(result.riskLevel).toBe('high');
        expect(text).toMatch(/^The breach is likely to result in a high risk to people, so they must be told/);
      } else {
        // (a) and (b) lift a duty that the high risk would otherwise have created.
        expect(result.riskLevel).not.toBe('high');
        expect(text).toMatch(/would have (had )?to be told/);
      }
    });
  });

  it('"the harm could be …" names what raised it above the harm the person chose', () => {
    check((answers, result) => {
      if (answers.harmSeverity === 'unknown') return;
      const judged = SEVERITY_NAMES[HARM_SEVERITY_RULES[answers.harmSeverity]];
      for (const reason of [...reasonsOf(result, 'confidentiality_risk'), ...reasonsOf(result, 'integrity_risk')]) {
        const stated = Object.values(SEVERITY_NAMES).find((name) => reason.text.includes(`the harm could be ${name}`));
        expect(stated, reason.text).toBeDefined();
        if (stated === judged) expect(reason.text).not.toContain('raised because');
        else expect(reason.text).toContain(`(you judged it ${judged}; raised because `);
      }
    });
  });

  it('what the advice says about who has been told follows the decision on telling', () => {
    check((answers, result) => {
      const told = reasonsOf(result, 'people_told');
      if (answers.peopleToldSoFar === 'some' || answers.peopleToldSoFar === 'all') {
        expect(told).toHaveLength(1);
        const duty = result.tellPeople === 'required';
        expect(told[0]?.text.includes('does not require it')).toBe(!duty);
      } else {
        expect(told).toEqual([]);
      }
      expect(result.provisional).toBe(result.toFindOut.length > 0);
    });
  });
});
