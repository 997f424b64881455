import type { AssessmentAnswers, QuestionId } from '../assessment';
import { QUESTION_IDS, UNKNOWN } from '../assessment';
import type { Prefill } from './prefill';

/**
 * Carries changes in the record into answers given earlier. Only questions whose
 * record-derived answer changed are touched, so an answer the person deliberately changed
 * from the record's stays theirs unless the record itself has moved on since.
 *
 *  - The record now gives an answer: a single choice takes it; a tick-all answer gains what
 *    the record added and loses what it removed.
 *  - The record no longer gives one (it now says "not yet known"): "I don't know yet".
 */
export function mergeRecordChanges(answers: AssessmentAnswers, before: Prefill, after: Prefill): AssessmentAnswers {
  const merged: Record<string, unknown> = { ...answers };
  for (const id of QUESTION_IDS) {
    const old = before[id];
    const now = after[id];
    if (sameValue(old, now)) continue;
    const given = answers[id];
    merged[id] = Array.isArray(given) ? mergeList(given, asList(old), now === undefined ? undefined : asList(now)) : (now ?? UNKNOWN);
  }
  return merged as AssessmentAnswers;
}

/** The questions whose record-derived answer differs between two prefills. */
export function changedQuestions(before: Prefill, after: Prefill): QuestionId[] {
  return QUESTION_IDS.filter((id) => !sameValue(before[id], after[id]));
}

function mergeList(given: readonly string[], old: readonly string[], now: readonly string[] | undefined): string[] {
  if (now === undefined) return unique([...given.filter((item) => !old.includes(item)), UNKNOWN]);
  const removed = old.filter((item) => !now.includes(item));
  const added = now.filter((item) => !old.includes(item));
  const merged = unique([...given.filter((item) => !removed.includes(item)), ...added]);
  // A tick-all answer may not end up empty where the record gives one.
  return merged.length > 0 ? merged : [...now];
}

function asList(value: unknown): readonly string[] {
  return Array.isArray(value) ? (value as string[]) : [];
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item) => (b as unknown[]).includes(item));
  }
  return a === b;
}
