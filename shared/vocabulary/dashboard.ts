import type { Cause } from '../incident-fields';
import type { DashboardPreset } from '../dashboard/period';
import type { ReportingOutcome } from '../dashboard/summary';

/** Short names of the causes, where a chart or a narrow column has no room for the full label. */
export const CAUSE_SHORT: Record<Cause, string> = {
  sent_to_wrong_recipient: 'Sent to the wrong person',
  lost_or_stolen: 'Lost or stolen',
  cyber_attack: 'Cyber attack',
  unauthorised_access: 'Unauthorised access',
  impersonation: 'Impersonation',
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
