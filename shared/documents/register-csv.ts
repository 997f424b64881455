import { describeCount } from './describe-incident';
import type { ApproximateCount } from '../incident-fields';
import { hasIcoClock } from '../clock-running';
import { icoDeadline } from '../deadline';
import {
  BREACH_TYPE_SHORT,
  CAUSE_LABELS,
  CYBER_LABELS,
  DATA_CATEGORY_LABELS,
  INCIDENT_KIND_LABELS,
  INCIDENT_ROLE_SHORT,
  PEOPLE_CATEGORY_LABELS,
  STATUS_LABELS,
} from '../labels';
import { SUBMISSION_KIND_LABELS, TELLING_METHOD_LABELS } from '../submission';
import { toLocalInputValue } from '../uk-time';
import type { AuditPackEntry } from './audit-pack';
import { REPORT_DECISION_WORDS, RISK_LEVEL_WORDS, fileDate, tellDecisionText, timeliness, timelinessShort } from './document-words';

/**
 * The register as CSV for a spreadsheet: RFC 4180 (every field that holds a comma, quote or
 * line break is quoted, quotes doubled, CRLF between records), UTF-8 with a byte-order mark
 * so Excel reads names like Łukasz Żółć correctly. One row per breach, one column per fact;
 * unknown values are empty cells, which sort and filter better than a sentence.
 */

export const CSV_BOM = '\uFEFF';

/** A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR) gets a leading apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return CSV_BOM + rows.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** "2026-11-20 10:40" local time, which spreadsheets read as a date and time; empty when unknown. */
function localTime(instant: string | Date | null, timeZone: string): string {
  return instant ? toLocalInputValue(instant, timeZone).replace('T', ' ') : '';
}

function count(value: ApproximateCount): string {
  return value.kind === 'not_known' ? '' : describeCount(value);
}

function labels<T extends string>(values: readonly T[], names: Record<T, string>): string {
  return values.map((v) => names[v]).join('; ');
}

interface Column {
  header: string;
  value: (entry: AuditPackEntry, now: Date, timeZone: string) => string;
}

export const REGISTER_CSV_COLUMNS: readonly Column[] = [
  { header: 'Reference', value: ({ incident }) => incident.reference },
  { header: 'Title', value: ({ incident }) => incident.title },
  { header: 'Status', value: ({ incident }) => STATUS_LABELS[incident.status] },
  // A near miss is not a breach, and a processor's controller reports it: a spreadsheet must tell them apart.
  { header: 'Breach or near miss', value: ({ incident }) => INCIDENT_KIND_LABELS[incident.kind] },
  { header: 'Our role', value: ({ incident }) => INCIDENT_ROLE_SHORT[incident.role] },
  { header: 'Recorded', value: ({ incident }, _, tz) => localTime(incident.createdAt, tz) },
  { header: 'Last changed', value: ({ incident }, _, tz) => localTime(incident.updatedAt, tz) },
  {
    header: 'Happened (from)',
    value: ({ incident: { occurred } }, _, tz) => localTime(occurred.kind === 'at' ? occurred.at : occurred.kind === 'between' ? occurred.from : null, tz),
  },
  { header: 'Happened (to)', value: ({ incident: { occurred } }, _, tz) => localTime(occurred.kind === 'between' ? occurred.to : null, tz) },
  { header: 'Discovered', value: ({ incident }, _, tz) => localTime(incident.discoveredAt, tz) },
  { header: 'Became aware', value: ({ incident }, _, tz) => localTime(incident.awareAt, tz) },
  {
    header: 'ICO deadline',
    value: ({ incident }, _, tz) =>
      localTime(incident.awareAt && hasIcoClock(incident) ? icoDeadline(new Date(incident.awareAt)) : null, tz),
  },
  {
    header: 'First report to the ICO',
    value: (entry, now, tz) => {
      const when = timeliness(entry.incident, entry.submissions, now);
      return when.state === 'on_time' || when.state === 'late' ? localTime(when.reportedAt, tz) : '';
    },
  },
  { header: 'Reported on time', value: (entry, now) => timelinessShort(timeliness(entry.incident, entry.submissions, now)) },
  {
    header: 'Decision on reporting',
    value: ({ incident, assessment }) => {
      const decision = assessment?.decision.reportToIco ?? incident.reportDecision;
      return decision ? REPORT_DECISION_WORDS[decision] : '';
    },
  },
  { header: 'Decision on telling people', value: ({ assessment }) => (assessment ? tellDecisionText(assessment.decision) : '') },
  { header: 'Risk level (assessment)', value: ({ assessment }) => (assessment ? RISK_LEVEL_WORDS[assessment.advice.riskLevel] : '') },
  { header: 'Reason for the decision', value: ({ assessment }) => assessment?.decision.justification ?? '' },
  { header: 'What happened', value: ({ incident }) => incident.whatHappened },
  { header: 'How it was discovered', value: ({ incident }) => incident.howDiscovered },
  { header: 'Who discovered it', value: ({ incident }) => incident.discoveredBy },
  { header: 'How awareness was established', value: ({ incident }) => incident.awarenessNote },
  { header: 'Cause', value: ({ incident }) => (incident.cause === 'not_yet_known' ? '' : CAUSE_LABELS[incident.cause]) },
  { header: 'More about the cause', value: ({ incident }) => incident.causeDetail },
  { header: 'Type of breach', value: ({ incident }) => labels(incident.breachTypes, BREACH_TYPE_SHORT) },
  { header: 'Cyber incident', value: ({ incident }) => (incident.cyberIncident === 'not_yet_known' ? '' : CYBER_LABELS[incident.cyberIncident]) },
  { header: 'Kinds of personal data', value: ({ incident }) => labels(incident.dataCategories, DATA_CATEGORY_LABELS) },
  { header: 'Other kinds of data', value: ({ incident }) => incident.dataCategoriesOther },
  { header: 'People affected (approx.)', value: ({ incident }) => count(incident.peopleCount) },
  { header: 'Records affected (approx.)', value: ({ incident }) => count(incident.recordsCount) },
  { header: 'Groups of people', value: ({ incident }) => labels(incident.peopleCategories, PEOPLE_CATEGORY_LABELS) },
  { header: 'Other groups of people', value: ({ incident }) => incident.peopleCategoriesOther },
  { header: 'Organisations involved', value: ({ incident }) => incident.organisationsInvolved },
  { header: 'Likely consequences', value: ({ incident }) => incident.likelyConsequences },
  { header: 'Containment and recovery', value: ({ incident }) => incident.containment },
  {
    header: 'Actions',
    value: ({ incident }) =>
      incident.actions
        .map((a) => [a.description, a.owner && `owner: ${a.owner}`, a.dueDate && `by ${a.dueDate}`, a.done ? 'done' : 'not done'].filter(Boolean).join(' | '))
        .join('\n'),
  },
  { header: 'Lessons learned', value: ({ incident }) => incident.lessonsLearned },
  { header: 'Steps to stop it happening again', value: ({ incident }) => incident.preventionSteps },
  {
    header: 'Reports to the ICO',
    value: ({ submissions = [] }, _, tz) =>
      submissions.map((s) => [SUBMISSION_KIND_LABELS[s.kind], localTime(s.submittedAt, tz), s.icoCaseReference].filter(Boolean).join(' | ')).join('\n'),
  },
  {
    header: 'People told',
    value: ({ tellings = [] }, _, tz) => tellings.map((t) => [localTime(t.toldAt, tz), TELLING_METHOD_LABELS[t.method], t.toldBy].join(' | ')).join('\n'),
  },
];

export interface RegisterCsv {
  fileName: string;
  text: string;
}

export function registerCsv(entries: readonly AuditPackEntry[], range: { from: string; to: string }, now: Date, timeZone: string): RegisterCsv {
  const rows = [REGISTER_CSV_COLUMNS.map((c) => c.header), ...entries.map((e) => REGISTER_CSV_COLUMNS.map((c) => c.value(e, now, timeZone)))];
  return { fileName: `Breach register ${range.from} to ${range.to} ${fileDate(now, timeZone)}.csv`, text: toCsv(rows) };
}
