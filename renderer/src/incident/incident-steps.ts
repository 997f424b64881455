import type { RecordFormFieldName } from '../../../shared/incident';

/** The record, in the order a non-expert can fill it in; each step saves on its own. */
export const INCIDENT_STEPS = [
  {
    id: 'what',
    title: 'What happened',
    intro: 'Describe the breach in plain words. Describe the people affected (“12 customers”), don’t name them.',
    fields: ['title', 'whatHappened', 'cause', 'causeDetail', 'breachTypes', 'cyberIncident'],
  },
  {
    id: 'when',
    title: 'When and how it came to light',
    intro: 'The 72-hour clock for telling the ICO starts when your organisation became aware.',
    fields: ['occurred', 'discoveredAt', 'howDiscovered', 'discoveredBy', 'awareAt', 'awarenessNote'],
  },
  {
    id: 'data',
    title: 'The data and the people',
    intro: 'Approximate numbers are fine. Tick everything that applies.',
    fields: ['dataCategories', 'dataCategoriesOther', 'peopleCount', 'recordsCount', 'peopleCategories', 'peopleCategoriesOther', 'organisationsInvolved'],
  },
  {
    id: 'impact',
    title: 'Consequences and containment',
    intro: 'What could this mean for the people affected, and what have you done to limit it?',
    fields: ['likelyConsequences', 'cyberImpact', 'cyberRecoveryTime', 'containment'],
  },
  {
    id: 'actions',
    title: 'Actions and lessons',
    intro: 'Who will do what, by when — and what will stop this happening again.',
    fields: ['actions', 'lessonsLearned', 'preventionSteps', 'measuresBeforehand', 'staffRecentlyTrained', 'involvedStaffTrained'],
  },
  {
    id: 'status',
    title: 'Status',
    intro: 'Contained: the breach has been stopped. Closed: all actions are done and the lessons are recorded.',
    fields: ['status', 'icoStaffSpokenTo', 'icoStaffSpokenToDetail'],
  },
] as const satisfies readonly { id: string; title: string; intro: string; fields: readonly RecordFormFieldName[] }[];

export type IncidentStep = (typeof INCIDENT_STEPS)[number];
export type IncidentStepId = IncidentStep['id'];

export function findStep(id: string): IncidentStep | undefined {
  return INCIDENT_STEPS.find((step) => step.id === id);
}
