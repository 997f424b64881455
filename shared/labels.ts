import type {
  BreachType,
  Cause,
  DataCategory,
  IncidentStatus,
  PeopleCategory,
} from './incident-fields';
import type { IncidentFieldName } from './incident';
import type { DashboardPreset } from './dashboard/period';
import type { ReportingOutcome } from './dashboard/summary';

/** Plain British English for every closed list, shared by the screens and the documents. */

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
  lost_or_stolen: 'Device or paperwork lost or stolen',
  cyber_attack: 'Cyber attack (hacking, ransomware, phishing)',
  unauthorised_access: 'Someone looked at data they had no reason to',
  system_failure: 'System or equipment failure',
  insecure_disposal: 'Data not disposed of securely',
  other: 'Something else',
  not_yet_known: 'Not yet known',
};

export const DATA_CATEGORY_LABELS: Record<DataCategory, string> = {
  basic_identifiers: 'Basic identifiers (names, contact details)',
  identification_data: 'Identification data (usernames, passwords)',
  financial: 'Economic and financial data (bank details, card numbers)',
  official_documents: 'Official documents (driving licences, passports)',
  location: 'Location data',
  racial_ethnic: 'Racial or ethnic origin',
  political: 'Political opinions',
  religious: 'Religious or philosophical beliefs',
  trade_union: 'Trade union membership',
  sex_life: 'Sex life',
  sexual_orientation: 'Sexual orientation',
  gender_reassignment: 'Gender reassignment',
  health: 'Health',
  genetic_biometric: 'Genetic or biometric data',
  criminal: 'Criminal convictions and offences',
  other: 'Other',
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
};

/** Short names of the causes, where a chart or a narrow column has no room for the full label. */
export const CAUSE_SHORT: Record<Cause, string> = {
  sent_to_wrong_recipient: 'Sent to the wrong person',
  lost_or_stolen: 'Lost or stolen',
  cyber_attack: 'Cyber attack',
  unauthorised_access: 'Unauthorised access',
  system_failure: 'System failure',
  insecure_disposal: 'Insecure disposal',
  other: 'Something else',
  not_yet_known: 'Not yet known',
};

/** A breach recorded without any type ticked yet, where types are counted. */
export const BREACH_TYPE_NOT_YET_KNOWN = 'Type not yet known';

export const DASHBOARD_PRESET_LABELS: Record<DashboardPreset, string> = {
  last_12_months: 'Last 12 months',
  this_year: 'This year',
  financial_year: 'This financial year (April to March)',
  custom: 'Dates I choose',
};

/** How each breach stands against the 72-hour deadline, as the dashboard counts them. */
export const REPORTING_OUTCOME_LABELS: Record<ReportingOutcome, string> = {
  on_time: 'Reported within 72 hours',
  late: 'Reported late',
  overdue: 'Overdue, not yet reported',
};
