import type { AssessmentAnswers } from '../assessment';
import { UNKNOWN } from '../assessment';
import type { BreachType, DataCategory as RecordDataCategory } from '../incident-fields';
import { BREACH_TYPES, DATA_CATEGORIES } from '../incident-fields';
import { ASSESSMENT_TO_RECORD_DATA, RECORD_TO_ASSESSMENT_DATA } from '../vocabulary/data-categories';
import type { RecordBasis } from './record-basis';

/**
 * The record facts a wizard answer corrects, so the record (and the ICO draft made from it)
 * says what the assessment found: one place the facts are kept. Only what an answer settles
 * is written: "I don't know yet" corrects nothing, and a record category the wizard cannot
 * tell apart (e.g. sex life from sexual orientation) is left for the person to tick.
 */
export type RecordCorrections = Partial<Pick<RecordBasis, 'dataCategories' | 'breachTypes'>>;

export function recordCorrections(record: RecordBasis, answers: AssessmentAnswers): RecordCorrections {
  const corrections: RecordCorrections = {};
  const dataCategories = correctedDataCategories(record.dataCategories, answers.dataCategories);
  if (dataCategories !== null) corrections.dataCategories = dataCategories;
  const breachTypes = correctedBreachTypes(record.breachTypes, answers);
  if (breachTypes !== null) corrections.breachTypes = breachTypes;
  return corrections;
}

type Answered = Exclude<AssessmentAnswers['dataCategories'][number], typeof UNKNOWN>;

function correctedDataCategories(
  recorded: readonly RecordDataCategory[],
  answered: AssessmentAnswers['dataCategories'],
): RecordDataCategory[] | null {
  if (answered.includes(UNKNOWN)) return null;
  const kinds = answered as readonly Answered[];
  const covers = (category: Exclude<RecordDataCategory, 'not_yet_known'>) =>
    kinds.some((kind) => ASSESSMENT_TO_RECORD_DATA[kind] === category || RECORD_TO_ASSESSMENT_DATA[category].includes(kind));
  const kept = recorded.filter((c): c is Exclude<RecordDataCategory, 'not_yet_known'> => c !== 'not_yet_known' && covers(c));
  const added = kinds
    .filter((kind) => !kept.some((c) => RECORD_TO_ASSESSMENT_DATA[c].includes(kind) || ASSESSMENT_TO_RECORD_DATA[kind] === c))
    .map((kind) => ASSESSMENT_TO_RECORD_DATA[kind])
    .filter((c): c is Exclude<RecordDataCategory, 'not_yet_known'> => c !== null);
  // A kind the record cannot name on its own (see ASSESSMENT_TO_RECORD_DATA) keeps "not yet known" ticked.
  const unnamed = kinds.some(
    (kind) => ASSESSMENT_TO_RECORD_DATA[kind] === null && !kept.some((c) => RECORD_TO_ASSESSMENT_DATA[c].includes(kind)),
  );
  const next = new Set<RecordDataCategory>([...kept, ...added]);
  if (unnamed) next.add('not_yet_known');
  const ordered = DATA_CATEGORIES.filter((c) => next.has(c));
  return sameSet(ordered, recorded) ? null : ordered;
}

/** A kind of breach the answers show happened is added; one they rule out is left (the record may know more). */
function correctedBreachTypes(recorded: readonly BreachType[], answers: AssessmentAnswers): BreachType[] | null {
  const happened: Record<BreachType, boolean> = {
    confidentiality: answers.disclosure !== 'no' && answers.disclosure !== UNKNOWN,
    integrity: answers.alteration !== 'no' && answers.alteration !== UNKNOWN,
    availability: answers.unavailability !== 'no' && answers.unavailability !== UNKNOWN,
  };
  const next = BREACH_TYPES.filter((type) => recorded.includes(type) || happened[type]);
  return sameSet(next, recorded) ? null : next;
}

function sameSet<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item) => b.includes(item));
}
