import type { AnyQuestion, AssessmentAnswers, QuestionId } from '../../../shared/assessment';
import { QUESTIONS, UNKNOWN, assessmentAnswersSchema, isQuestionAsked } from '../../../shared/assessment';
import type { AssessmentVersion, Prefill } from '../../../shared/assessment-record';
import { mergeRecordChanges, prefillAnswers } from '../../../shared/assessment-record';

/**
 * The wizard's route through the questions, kept pure so it can be tested without a page.
 * Going forward skips questions the record already answers; going back visits them, so the
 * person can check or change an answer taken from the record.
 */

export type Answers = Partial<AssessmentAnswers>;
export type Step = QuestionId | 'result';

export function questionById(id: QuestionId): AnyQuestion {
  const question = QUESTIONS.find((q) => q.id === id);
  if (!question) throw new Error(`No question ${id}`);
  return question;
}

/** The questions that apply, given the answers so far, in order. */
export function askedQuestions(answers: Answers): AnyQuestion[] {
  return QUESTIONS.filter((question) => isQuestionAsked(question, answers));
}

function sameAnswer(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item) => (b as unknown[]).includes(item));
  return a === b;
}

/** Whether this answer is still the one the record gave (the person has not changed it). */
export function isFromRecord(id: QuestionId, answers: Answers, prefill: Prefill): boolean {
  return prefill[id] !== undefined && sameAnswer(answers[id], prefill[id]);
}

export function isAnswered(question: AnyQuestion, answers: Answers): boolean {
  const answer = answers[question.id];
  if (answer === undefined) return false;
  if (Array.isArray(answer)) return answer.length > 0 || question.noneLabel !== undefined;
  return true;
}

/** The next question to ask after `from` (null: from the start), skipping those the record answers. */
export function nextStep(from: Step | null, answers: Answers, prefill: Prefill): Step {
  const asked = askedQuestions(answers);
  const start = from === null ? 0 : asked.findIndex((q) => q.id === from) + 1;
  const next = asked.slice(start).find((q) => !isFromRecord(q.id, answers, prefill));
  return next ? next.id : 'result';
}

/** The question before this step, including any the record answered; null before the first. */
export function previousStep(from: Step, answers: Answers): QuestionId | null {
  const asked = askedQuestions(answers);
  const index = from === 'result' ? asked.length : asked.findIndex((q) => q.id === from);
  return index > 0 ? (asked[index - 1]?.id ?? null) : null;
}

/** Every answer the engine needs: questions not asked are sent as "I don't know yet", which it then ignores. */
export function completeAnswers(answers: Answers): AssessmentAnswers | null {
  const asked = askedQuestions(answers);
  const full: Record<string, unknown> = {};
  for (const question of QUESTIONS) {
    full[question.id] = asked.includes(question) ? answers[question.id] : question.kind === 'choose_any' ? [UNKNOWN] : UNKNOWN;
  }
  const parsed = assessmentAnswersSchema.safeParse(full);
  return parsed.success ? parsed.data : null;
}

/**
 * Where a (re)assessment starts: the record's answers, and on a reassessment the previous
 * version's answers (carried forward through any change in the record since), leaving out
 * answers to questions that were not asked last time. An answer the person changed from the
 * record's last time stays theirs while the record is unchanged.
 */
export function startingAnswers(prefill: Prefill, previous: AssessmentVersion | null): Answers {
  const answers: Record<string, unknown> = {};
  if (previous) {
    const carried = mergeRecordChanges(previous.answers, prefillAnswers(previous.fromRecord), prefill);
    for (const question of askedQuestions(previous.answers)) answers[question.id] = carried[question.id];
  }
  for (const [id, value] of Object.entries(prefill)) {
    if (value !== undefined && answers[id] === undefined) answers[id] = value;
  }
  return answers as Answers;
}
