import type { PeopleCount, QuestionId } from '../assessment';
import type { BreachType, DataCategory } from '../incident-fields';
import { SPECIAL_DATA_CATEGORIES } from '../incident-fields';
import { peopleCountBand } from './prefill';
import type { RecordBasis } from './record-basis';

/**
 * Plain sentences saying how the record changed since an assessment, for the questions
 * whose answer from the record changed. They are shown in the "out of date" warning.
 */
export function describeRecordChanges(before: RecordBasis, now: RecordBasis, changed: readonly QuestionId[]): string[] {
  const sentences: string[] = [];
  const has = (id: QuestionId) => changed.includes(id);
  if (has('disclosure') || has('alteration') || has('unavailability')) {
    sentences.push(...breachTypeChanges(before.breachTypes, now.breachTypes));
  }
  if (has('cause')) sentences.push('The cause of the breach in the record has changed since this assessment.');
  if (has('dataCategories')) sentences.push(...dataCategoryChanges(before.dataCategories, now.dataCategories));
  if (has('vulnerablePeople')) sentences.push(...peopleCategoryChanges(before.peopleCategories, now.peopleCategories));
  if (has('peopleCount')) sentences.push(peopleCountChange(before.peopleCount, now.peopleCount));
  return sentences;
}

const added = <T>(before: readonly T[], now: readonly T[]) => now.filter((item) => !before.includes(item));

const BREACH_TYPE_ADDED: Record<BreachType, string> = {
  confidentiality: 'The record now says someone who should not have the data could have seen it.',
  integrity: 'The record now says personal data was changed without permission.',
  availability: 'The record now says personal data was lost or unusable for a time.',
};

function breachTypeChanges(before: readonly BreachType[], now: readonly BreachType[]): string[] {
  const sentences = added(before, now).map((type) => BREACH_TYPE_ADDED[type]);
  return sentences.length > 0 ? sentences : ['The kinds of breach in the record have changed since this assessment.'];
}

function dataCategoryChanges(before: readonly DataCategory[], now: readonly DataCategory[]): string[] {
  const newOnes = added(before, now);
  const sentences: string[] = [];
  if (newOnes.some((c) => c !== 'criminal' && SPECIAL_DATA_CATEGORIES.includes(c))) {
    sentences.push('Special category data has been added to the record since this assessment.');
  }
  if (newOnes.includes('criminal')) {
    sentences.push('Criminal offence data has been added to the record since this assessment.');
  }
  if (newOnes.includes('not_yet_known')) {
    sentences.push('The record now says not all the kinds of personal data involved are known yet.');
  }
  if (sentences.length === 0) {
    sentences.push('The kinds of personal data in the record have changed since this assessment.');
  }
  return sentences;
}

const GROUP_NAMES = { children: 'Children', vulnerable_adults: 'Vulnerable adults', patients: 'Patients' } as const;

function peopleCategoryChanges(before: RecordBasis['peopleCategories'], now: RecordBasis['peopleCategories']): string[] {
  const groups = added(before, now).filter((c): c is keyof typeof GROUP_NAMES => c in GROUP_NAMES);
  if (groups.length === 0) return ['The groups of people in the record have changed since this assessment.'];
  const names = groups.map((group, index) => (index === 0 ? GROUP_NAMES[group] : GROUP_NAMES[group].toLowerCase()));
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return [`${list} have been added to the people in the record since this assessment.`];
}

const BAND_ORDER: readonly PeopleCount[] = ['one', 'up_to_10', 'up_to_100', 'up_to_1000', 'over_1000'];

function peopleCountChange(before: RecordBasis['peopleCount'], now: RecordBasis['peopleCount']): string {
  const was = peopleCountBand(before);
  const is = peopleCountBand(now);
  if (was && is) {
    const direction = BAND_ORDER.indexOf(is) > BAND_ORDER.indexOf(was) ? 'gone up' : 'gone down';
    return `The number of people affected in the record has ${direction} since this assessment.`;
  }
  return is
    ? 'The record now gives the number of people affected, which it did not when this was assessed.'
    : 'The record no longer gives the number of people affected.';
}
