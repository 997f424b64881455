import type { BreachType, Cause, IncidentStatus, PeopleCategory } from '../incident-fields';
import type { IncidentFieldName } from '../incident';
import type { CyberImpact, IcoSpokenAnswer, RecoveryTime, StaffTrainedAnswer, TrainingAnswer } from '../incident-ico-answers';

/** The record's closed lists in plain British English, shared by the screens, the documents and the CSV. */

export const STATUS_LABELS: Record<IncidentStatus, string> = {
  open: 'Open',
  contained: 'Contained',
  closed: 'Closed',
};

export const BREACH_TYPE_LABELS: Record<BreachType, string> = {
  confidentiality: 'Confidentiality — someone who shouldn’t have seen the data could have',
  integrity: 'Integrity — the data was changed without permission',
  availability: 'Availability — the data was lost or could not be used for a time',
};

export const BREACH_TYPE_SHORT: Record<BreachType, string> = {
  confidentiality: 'Confidentiality',
  integrity: 'Integrity',
  availability: 'Availability',
};

export const CAUSE_LABELS: Record<Cause, string> = {
  sent_to_wrong_recipient: 'Sent or shown to the wrong person (email, post, fax)',
  impersonation: 'Someone pretended to be a customer, colleague or other person we trust',
  lost_or_stolen: 'Device or paperwork lost or stolen',
  cyber_attack: 'Cyber attack (hacking, ransomware, phishing)',
  unauthorised_access: 'Someone looked at data they had no reason to',
  system_failure: 'System or equipment failure',
  insecure_disposal: 'Data not disposed of securely',
  other: 'Something else',
  not_yet_known: 'Not yet known',
};

export const PEOPLE_CATEGORY_LABELS: Record<PeopleCategory, string> = {
  employees: 'Employees',
  users: 'Users',
  subscribers: 'Subscribers',
  students: 'Students',
  customers: 'Customers or prospective customers',
  patients: 'Patients',
  children: 'Children',
  vulnerable_adults: 'Vulnerable adults',
  other: 'Other',
  not_yet_known: 'Not yet known',
};

export const CYBER_LABELS: Record<'yes' | 'no' | 'not_yet_known', string> = {
  yes: 'Yes',
  no: 'No',
  not_yet_known: 'Don’t know yet',
};

export const TRAINING_LABELS: Record<TrainingAnswer, string> = {
  yes: 'Yes',
  no: 'No',
  not_yet_known: 'Don’t know yet',
};

export const STAFF_TRAINED_LABELS: Record<StaffTrainedAnswer, string> = {
  yes: 'Yes',
  no: 'No',
  no_staff_involved: 'No particular member of staff was involved',
  not_yet_known: 'Don’t know yet',
};

export const ICO_SPOKEN_LABELS: Record<IcoSpokenAnswer, string> = {
  no: 'No, nobody at the ICO yet',
  yes: 'Yes',
  not_yet_known: 'Don’t know yet',
};

/*
 * A cyber incident's impact and recovery time, in the options of the ICO's online breach report
 * form ("What is the impact to your organisation?" and "What recovery time do you estimate?"):
 * each label starts with the form's own option name, so the person picks the same one there, then
 * says what it means. Source: the ICO's "Report a personal data breach" online form
 * (https://ico.org.uk/for-organisations/report-a-breach/personal-data-breach/report-a-data-breach-online-form/),
 * whose cyber questions are transcribed at https://gydeline.com/?p=20320 (checked December 2026).
 * The form calls a finished recovery "Already recovered"; the record keeps it as `complete`.
 */

/** The ICO form's scale for the impact on the organisation. */
export const CYBER_IMPACT_LABELS: Record<CyberImpact, string> = {
  high: 'High: we have lost all ability to provide critical services',
  medium: 'Medium: we have lost the ability to provide critical services to some users',
  low: 'Low: no loss of efficiency, or a low one; we can still provide critical services',
  not_yet_known: 'Not yet known',
};

/** The ICO form's scale for the recovery time we estimate. */
export const RECOVERY_TIME_LABELS: Record<RecoveryTime, string> = {
  regular: 'Regular: the time to recover is predictable with the resources we have',
  supplemented: 'Supplemented: the time to recover is predictable with more resources',
  extended: 'Extended: the time to recover is not predictable, and we need extra resources',
  not_recoverable: 'Not recoverable: we cannot recover from the incident',
  complete: 'Already recovered',
  not_yet_known: 'Not yet known',
};

export const FIELD_LABELS: Record<IncidentFieldName, string> = {
  title: 'Title',
  whatHappened: 'What happened',
  howDiscovered: 'How it was discovered',
  discoveredBy: 'Who discovered it',
  occurred: 'When it happened',
  discoveredAt: 'When it was discovered',
  awareAt: 'When the organisation became aware',
  awarenessNote: 'How awareness was established',
  cause: 'Cause',
  causeDetail: 'More about the cause',
  breachTypes: 'Type of breach',
  cyberIncident: 'Cyber incident',
  dataCategories: 'Kinds of personal data',
  dataCategoriesOther: 'Other kinds of data',
  peopleCount: 'Approximate number of people',
  recordsCount: 'Approximate number of records',
  peopleCategories: 'Groups of people affected',
  peopleCategoriesOther: 'Other groups of people',
  organisationsInvolved: 'Processors or other organisations involved',
  likelyConsequences: 'Likely consequences',
  containment: 'Containment and recovery',
  actions: 'Actions',
  lessonsLearned: 'Lessons learned',
  preventionSteps: 'Steps to stop it happening again',
  status: 'Status',
  kind: 'Breach or near miss',
  role: 'Our role',
  controllerName: 'Controller to tell',
  controllerContact: 'Controller’s contact details',
  controllerToldAt: 'When the controller was told',
  processorName: 'Processor that told us',
  processorToldAt: 'When the processor told us',
  measuresBeforehand: 'Measures in place beforehand to prevent this kind of incident',
  staffRecentlyTrained: 'Do staff get recent data protection training?',
  involvedStaffTrained: 'Had the staff member involved been trained in the last two years?',
  icoStaffSpokenTo: 'Have you already spoken to anyone at the ICO about this breach?',
  icoStaffSpokenToDetail: 'Who at the ICO, and when',
  cyberImpact: 'Impact on the organisation',
  cyberRecoveryTime: 'Recovery time',
};
