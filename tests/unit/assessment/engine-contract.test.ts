import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AssessmentAnswers } from '../../../shared/assessment';
import {
  ENGINE_VERSION,
  QUESTIONS,
  QUESTION_IDS,
  UNKNOWN,
  assessBreach,
  assessmentAnswersSchema,
  assessmentResultSchema,
  isQuestionAsked,
} from '../../../shared/assessment';
import { QUIET, answersWith } from './answers-builder';

/** Determinism, the schemas, purity of the module and the wizard metadata. */

const RUNS = { numRuns: 1000 };

/** Any valid answers, built from the wizard's own options. */
const answersArb: fc.Arbitrary<AssessmentAnswers> = fc
  .tuple(
    ...QUESTIONS.map((question) => {
      const values = question.options.map((o) => o.value);
      return question.kind === 'choose_one'
        ? fc.constantFrom(...values)
        : fc.shuffledSubarray(values, { minLength: question.id === 'dataCategories' ? 1 : 0 });
    }),
  )
  .map((values) => assessmentAnswersSchema.parse(Object.fromEntries(QUESTIONS.map((q, i) => [q.id, values[i]]))));

describe('determinism', () => {
  it('the same answers always give a deep-equal result', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        expect(assessBreach(structuredClone(answers))).toEqual(assessBreach(answers));
      }),
      RUNS,
    );
  });

  it('the order of ticked boxes does not matter', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const reversed = {
          ...answers,
          dataCategories: [...answers.dataCategories].reverse(),
          vulnerablePeople: [...answers.vulnerablePeople].reverse(),
        };
        expect(assessBreach(reversed)).toEqual(assessBreach(answers));
      }),
      RUNS,
    );
  });

  it('records the engine version', () => {
    expect(ENGINE_VERSION).toMatch(/\d+\.\d+\.\d+/);
    expect(assessBreach(QUIET).engineVersion).toBe(ENGINE_VERSION);
  });
});

describe('result schema', () => {
  it('every result survives a round trip through JSON and the schema, as when stored', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const result = assessBreach(answers);
        expect(assessmentResultSchema.parse(JSON.parse(JSON.stringify(result)))).toEqual(result);
      }),
      RUNS,
    );
  });

  it('rejects a stored result in an impossible state', () => {
    const result = assessBreach(answersWith({ disclosure: 'public', harmSeverity: 'severe' }));
    expect(result.riskLevel).toBe('high');
    const bad = [
      { ...result, reportToIco: 'not_required' },
      { ...result, tellPeople: 'exception_applies' },
      { ...result, tellPeopleException: 'unintelligible' },
      { ...result, publicNoticeNeeded: true },
      { ...result, provisional: true },
      { ...result, reasons: [] },
    ];
    for (const row of bad) expect(assessmentResultSchema.safeParse(row).success).toBe(false);
  });
});

describe('answers schema', () => {
  it('accepts "unknown" for every question', () => {
    for (const id of QUESTION_IDS) {
      const answer = Array.isArray(QUIET[id]) ? [UNKNOWN] : UNKNOWN;
      expect(assessmentAnswersSchema.safeParse({ ...QUIET, [id]: answer }).success).toBe(true);
    }
  });

  it.each([
    ['no kind of data ticked', { dataCategories: [] }],
    ['a box ticked twice', { dataCategories: ['financial', 'financial'] }],
    ['an answer that is not an option', { disclosure: 'maybe' }],
    ['a missing answer', { harmSeverity: undefined }],
  ])('rejects %s', (_name, changes) => {
    expect(assessmentAnswersSchema.safeParse({ ...QUIET, ...changes }).success).toBe(false);
  });
});

describe('purity', () => {
  const folder = join(import.meta.dirname, '../../../shared/assessment');
  const sources = readdirSync(folder)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => ({ name, text: readFileSync(join(folder, name), 'utf8') }));

  // The one vocabulary (shared/vocabulary) gives the questions their words; it is plain data too.
  it.each(sources)('$name imports nothing but zod, its own files and the vocabulary', ({ text }) => {
    const specifiers = [...text.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]);
    for (const specifier of specifiers) {
      expect(specifier === 'zod' || specifier?.startsWith('./') || specifier?.startsWith('../vocabulary/')).toBe(true);
    }
  });

  it.each(sources)('$name reads no clock and no randomness', ({ text }) => {
    expect(text).not.toMatch(/Date\.now|new Date|Math\.random|performance\.now|process\./);
  });
});

describe('wording', () => {
  const AMERICAN = /\b(color|organiz|recogniz|analyz|behavior|center|favor|judgment|defense|license[ds]?\b)/i;
  const isOneSentence = (text: string) => /^[A-Z'"‘].*[.]$/.test(text) && !/[.;!?] [A-Z]/.test(text);

  it('every reason and every "to find out" is one plain British-English sentence', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const result = assessBreach(answers);
        for (const text of [...result.reasons.map((r) => r.text), ...result.toFindOut]) {
          expect(isOneSentence(text), text).toBe(true);
          expect(text).not.toMatch(AMERICAN);
        }
      }),
      RUNS,
    );
  });

  it('the wizard text is British English', () => {
    const texts = QUESTIONS.flatMap((q) => [q.text, q.example, ...q.options.flatMap((o) => [o.label, o.hint ?? ''])]);
    for (const text of texts) expect(text).not.toMatch(AMERICAN);
  });
});

describe('wizard questions', () => {
  it('asks every question once, in the order of the answers', () => {
    expect(QUESTIONS.map((q) => q.id)).toEqual(QUESTION_IDS);
  });

  it.each(QUESTIONS)('$id has a question, an example and an "I don\'t know yet" option', (question) => {
    expect(question.text).toMatch(/\?( Tick all that apply\.)?$|\? If so, for how long\?$/);
    expect(question.example.length).toBeGreaterThan(20);
    expect(question.options.map((o) => o.value)).toContain(UNKNOWN);
    for (const option of question.options) expect(option.label.length).toBeGreaterThan(0);
  });

  it.each(QUESTIONS)('every option of $id is a valid answer', (question) => {
    for (const option of question.options) {
      const answer = question.kind === 'choose_any' ? [option.value] : option.value;
      expect(assessmentAnswersSchema.safeParse({ ...QUIET, [question.id]: answer }).success).toBe(true);
    }
  });

  it('tick-all questions where nothing may be ticked say how to answer "none"', () => {
    const people = QUESTIONS.find((q) => q.id === 'vulnerablePeople');
    expect(people?.kind).toBe('choose_any');
    expect(people?.noneLabel).toBe('None of these');
  });

  it('skips follow-up questions that cannot apply', () => {
    const effect = QUESTIONS.find((q) => q.id === 'unavailabilityEffect');
    const protection = QUESTIONS.find((q) => q.id === 'protection');
    if (effect === undefined || protection === undefined) throw new Error('question missing');
    expect(isQuestionAsked(effect, { unavailability: 'no' })).toBe(false);
    expect(isQuestionAsked(effect, { unavailability: 'hours' })).toBe(true);
    expect(isQuestionAsked(effect, { unavailability: 'unknown' })).toBe(true);
    expect(isQuestionAsked(effect, {})).toBe(true);
    expect(isQuestionAsked(protection, { disclosure: 'no' })).toBe(false);
    expect(isQuestionAsked(protection, { disclosure: 'public' })).toBe(true);
  });
});
