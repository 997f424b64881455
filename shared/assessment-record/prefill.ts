import type { AssessmentAnswers, DataCategory, PeopleCount, VulnerableGroup } from '../assessment';
import type { ApproximateCount, BreachType, Cause as RecordCause, DataCategory as RecordDataCategory } from '../incident-fields';
import type { RecordBasis } from './record-basis';
import { RECORD_TO_ASSESSMENT_DATA } from '../vocabulary/data-categories';

/**
 * Answers the incident record already gives, so the wizard need not ask them again.
 *
 * Only what the record says for certain is filled in; where it cannot tell (nothing ticked,
 * "not yet known", or a category the assessment does not name the same way) the question is
 * left to be asked. Each rule below errs towards asking rather than guessing.
 */
export type Prefill = Partial<AssessmentAnswers>;

/** Causes that settle "accident or deliberate?". A loss or theft, or unauthorised access, could be either. */
const CAUSE_MAP: Partial<Record<RecordCause, AssessmentAnswers['cause']>> = {
  cyber_attack: 'malicious',
  impersonation: 'malicious',
  sent_to_wrong_recipient: 'accidental',
  system_failure: 'accidental',
  insecure_disposal: 'accidental',
};

const VULNERABLE_GROUPS: readonly VulnerableGroup[] = ['children', 'vulnerable_adults', 'patients'];

/** Upper limits of the people-count bands, smallest first. */
const PEOPLE_COUNT_BANDS: readonly [number, PeopleCount][] = [
  [1, 'one'],
  [10, 'up_to_10'],
  [100, 'up_to_100'],
  [1000, 'up_to_1000'],
];

export function prefillAnswers(record: RecordBasis): Prefill {
  const prefill: Prefill = {};
  Object.assign(prefill, breachTypeAnswers(record.breachTypes, record.cause));
  const cause = CAUSE_MAP[record.cause];
  if (cause) prefill.cause = cause;
  const dataCategories = dataCategoryAnswer(record.dataCategories);
  if (dataCategories) prefill.dataCategories = dataCategories;
  const vulnerable = vulnerablePeopleAnswer(record.peopleCategories);
  if (vulnerable) prefill.vulnerablePeople = vulnerable;
  const peopleCount = peopleCountBand(record.peopleCount);
  if (peopleCount) prefill.peopleCount = peopleCount;
  return prefill;
}

/**
 * A kind of breach not ticked did not happen (the form says "tick all that apply"). One that
 * is ticked still needs its question, because the record cannot say who saw the data,
 * whether it was put right, or for how long it was lost. Nothing ticked: ask all three.
 *
 * Who could have seen the data is always asked unless the cause was a fault with nobody
 * else involved: an attacker or a wrong recipient may have seen it although
 * "Confidentiality" was not ticked (ransomware often copies data before locking it).
 */
function breachTypeAnswers(types: readonly BreachType[], cause: RecordCause): Prefill {
  if (types.length === 0) return {};
  const prefill: Prefill = {};
  if (!types.includes('confidentiality') && cause === 'system_failure') prefill.disclosure = 'no';
  if (!types.includes('integrity')) prefill.alteration = 'no';
  if (!types.includes('availability')) prefill.unavailability = 'no';
  return prefill;
}

function dataCategoryAnswer(categories: readonly RecordDataCategory[]): DataCategory[] | undefined {
  if (categories.length === 0 || categories.includes('not_yet_known')) return undefined;
  const mapped: DataCategory[] = [];
  for (const category of categories) {
    // Where the record's category stands for more than one of the wizard's, the question is asked.
    const targets = RECORD_TO_ASSESSMENT_DATA[category as Exclude<RecordDataCategory, 'not_yet_known'>];
    const target = targets.length === 1 ? targets[0] : undefined;
    if (target === undefined) return undefined;
    if (!mapped.includes(target)) mapped.push(target);
  }
  return mapped;
}

/** Only when the record names children, vulnerable adults or patients: other groups may include them. */
function vulnerablePeopleAnswer(categories: RecordBasis['peopleCategories']): VulnerableGroup[] | undefined {
  if (categories.includes('not_yet_known')) return undefined;
  const named = VULNERABLE_GROUPS.filter((group) => categories.includes(group));
  return named.length > 0 ? named : undefined;
}

/** A range counts at its top end, erring towards more people. Zero people is left to be asked. */
export function peopleCountBand(count: ApproximateCount): PeopleCount | undefined {
  if (count.kind === 'not_known') return undefined;
  const most = count.kind === 'exact' ? count.value : count.max;
  if (most < 1) return undefined;
  return PEOPLE_COUNT_BANDS.find(([limit]) => most <= limit)?.[1] ?? 'over_1000';
}
