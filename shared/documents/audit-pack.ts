import type { AssessmentVersion } from '../assessment-record';
import type { Attachment } from '../attachment';
import type { Chart } from '../dashboard/charts';
import { dashboardCharts, dashboardFigures, figureText } from '../dashboard/charts';
import type { DashboardSummary } from '../dashboard/summary';
import type { VerifyResult } from '../audit';
import { icoDeadline } from '../deadline';
import type { Incident, IncidentFieldName } from '../incident';
import { BREACH_TYPE_SHORT, CAUSE_LABELS, FIELD_LABELS, STATUS_LABELS } from '../labels';
import type { Organisation } from '../organisation';
import type { RegisterHead } from '../register-fingerprint';
import type { Submission, Telling } from '../submission';
import { SUBMISSION_CHANNEL_LABELS, SUBMISSION_KIND_LABELS } from '../submission';
import { formatUkDate, formatUkDateTime, formatUkLocalDate } from '../uk-time';
import { NOT_YET_KNOWN } from './describe-incident';
import { describeFieldValue } from './describe-value';
import type { DocumentBlock, DocumentModel, FieldRow } from './document-model';
import { block } from './document-model';
import { fileDate, fingerprintNote, generatedLine, organisationLabel, row, statement, timeliness, timelinessShort, withFingerprint } from './document-words';
import { assessmentAnnex, tellingsTable } from './ico-report';
import { attachmentsTable } from './evidence-blocks';

/**
 * The audit pack an auditor asks for (Art. 33(5)): for a period, a summary table of every
 * breach, then a page or more per breach with its full record and the reasons for each
 * decision, then the result of re-verifying the audit trail.
 */

export interface AuditPackEntry {
  incident: Incident;
  assessment: AssessmentVersion | null;
  submissions?: readonly Submission[];
  tellings?: readonly Telling[];
  /** The files kept with the record; undefined where not available. */
  attachments?: readonly Attachment[];
}

export interface AuditPackInput {
  entries: readonly AuditPackEntry[];
  organisation: Organisation;
  /** The period, as local dates "2026-01-01" to "2026-12-31", both included. */
  from: string;
  to: string;
  verification: VerifyResult;
  generatedBy: string;
  now: Date;
  timeZone: string;
  /** The register's fingerprint when the pack was made (null: no entries); undefined where not known. */
  registerFingerprint?: RegisterHead | null;
  /** The period's figures, drawn as charts at the front; left out where not given. */
  dashboard?: DashboardSummary;
  /** Near misses in the period: listed on their own, never counted among the breaches. */
  nearMisses?: readonly AuditPackEntry[];
}

export const AUDIT_PACK_SUMMARY_COLUMNS = [
  { label: 'Reference', width: 0.16 },
  { label: 'Became aware', width: 0.14 },
  { label: 'Reported', width: 0.14 },
  { label: 'Type', width: 0.16 },
  { label: 'Decision', width: 0.13 },
  { label: 'Reported on time', width: 0.16 },
  { label: 'Status', width: 0.11 },
];

const SUMMARY_CAPTION = 'Oldest first. “Reported on time” means the ICO heard within 72 hours of the organisation becoming aware.';

/** "1 Jan 2026 to 31 Dec 2026" for local dates "2026-01-01" and "2026-12-31". */
export function describePeriod(from: string, to: string): string {
  const day = (date: string) => formatUkDate(`${date}T12:00:00.000Z`, 'UTC');
  return `${day(from)} to ${day(to)}`;
}

export function auditPackDocument(input: AuditPackInput): DocumentModel {
  const { entries, organisation, now, timeZone } = input;
  const period = describePeriod(input.from, input.to);
  const blocks: DocumentBlock[] = [
    block.title('Personal data breach register: audit pack', period),
    block.fields([
      row('Organisation', organisation.name),
      row('Data protection fee registration number', organisation.icoRegistrationNumber),
      statement('Period', period),
      statement('Breaches in the period', entries.length.toLocaleString('en-GB')),
      statement('Prepared by', `${input.generatedBy}, ${formatUkDateTime(now, timeZone)}`),
    ]),
    block.paragraph(
      'A breach is in the period when the organisation became aware of it within these dates (or, where that time is not recorded, when it was recorded). ' +
        'Every breach is listed, whether or not it was reported to the ICO (UK GDPR Art. 33(5)). The last section re-checks the register’s tamper-evident audit trail.',
      'small',
    ),
  ];
  if (input.dashboard) blocks.push(...atAGlance(input.dashboard), block.pageBreak());
  blocks.push(block.heading('Summary of every breach'));
  if (entries.length === 0) blocks.push(block.paragraph('No breaches were recorded in this period.'));
  else blocks.push(block.table(SUMMARY_CAPTION, AUDIT_PACK_SUMMARY_COLUMNS, entries.map((e) => summaryRow(e, now, timeZone))));

  for (const entry of entries) blocks.push(block.pageBreak(), ...incidentPages(entry, now, timeZone));
  blocks.push(...nearMissSection(input.nearMisses ?? [], timeZone));

  blocks.push(block.pageBreak(), ...verificationSection(input.verification, now, timeZone), ...fingerprintNote(input.registerFingerprint));
  return {
    kind: 'audit-pack',
    metadata: {
      title: `Breach register audit pack ${period}`,
      author: organisation.name.trim() || 'Breachlog',
      subject: 'Personal data breach register (UK GDPR Art. 33(5)): summary, records and audit trail verification',
    },
    header: { left: organisationLabel(organisation), right: `Audit pack, ${period}` },
    footer: withFingerprint(`${generatedLine(now, timeZone)} · Confidential`, input.registerFingerprint),
    blocks,
    fileName: `Breach register audit pack ${input.from} to ${input.to} ${fileDate(now, timeZone)}`,
    checks: organisation.name.trim() === '' ? ['Your organisation’s details are missing: add them under Organisation details.'] : [],
  };
}

/** The dashboard's figures and charts for the period, before the breach-by-breach pages. */
function atAGlance(summary: DashboardSummary): DocumentBlock[] {
  return [
    block.heading('The period at a glance'),
    block.fields(dashboardFigures(summary).map((figure) => statement(figure.label, figureText(figure)))),
    ...dashboardCharts(summary).flatMap((chart) => [block.chart(chart), ...chartFigures(chart)]),
  ];
}

/** A chart with more columns than can each carry their number gets its figures as a table (the months with any breach). */
const NUMBERED_BARS_MAX = 24;
function chartFigures(chart: Chart): DocumentBlock[] {
  if (chart.bars.length <= NUMBERED_BARS_MAX) return [];
  const rows = chart.bars.filter((bar) => bar.value > 0).map((bar) => [bar.label, bar.value.toLocaleString('en-GB')]);
  if (rows.length === 0) return [];
  return [
    block.table(
      `${chart.title}: every ${chart.categoryHeading.toLowerCase()} with a breach`,
      [
        { label: chart.categoryHeading, width: 0.5 },
        { label: chart.valueHeading, width: 0.5 },
      ],
      rows,
    ),
  ];
}

/** Near misses compromised no personal data: kept apart from the breaches, for reviewing trends. */
function nearMissSection(nearMisses: readonly AuditPackEntry[], timeZone: string): DocumentBlock[] {
  if (nearMisses.length === 0) return [];
  return [
    block.pageBreak(),
    block.heading('Near misses in the period'),
    block.paragraph(
      `${nearMisses.length.toLocaleString('en-GB')} ${nearMisses.length === 1 ? 'incident' : 'incidents'} in the period compromised no personal data. They are not breaches and are not counted above; they are listed so that what nearly went wrong can be reviewed.`,
      'small',
    ),
    block.table(
      'Near misses, oldest first.',
      [
        { label: 'Reference', width: 0.18 },
        { label: 'Title', width: 0.42 },
        { label: 'Became aware', width: 0.2 },
        { label: 'Cause', width: 0.2 },
      ],
      nearMisses.map(({ incident }) => [
        incident.reference,
        incident.title,
        incident.awareAt ? formatUkDate(incident.awareAt, timeZone) : 'Not recorded',
        CAUSE_LABELS[incident.cause],
      ]),
    ),
  ];
}

function decisionShort(entry: AuditPackEntry): string {
  const decision = entry.assessment?.decision.reportToIco ?? entry.incident.reportDecision;
  if (decision === 'required') return 'Report';
  if (decision === 'not_required') return 'No report needed';
  return 'Not assessed';
}

function summaryRow(entry: AuditPackEntry, now: Date, timeZone: string): string[] {
  const { incident } = entry;
  const when = timeliness(incident, entry.submissions, now);
  const reportedAt = when.state === 'on_time' || when.state === 'late' ? when.reportedAt : null;
  return [
    incident.reference,
    incident.awareAt ? formatUkDate(incident.awareAt, timeZone) : 'Not recorded',
    reportedAt ? formatUkDate(reportedAt, timeZone) : 'Not reported',
    incident.breachTypes.length > 0 ? incident.breachTypes.map((t) => BREACH_TYPE_SHORT[t]).join(', ') : 'Not yet known',
    decisionShort(entry),
    timelinessShort(when),
    STATUS_LABELS[incident.status],
  ];
}

/** The record's own fields, in the register's order; actions get a table of their own. */
const RECORD_FIELDS = (Object.keys(FIELD_LABELS) as IncidentFieldName[]).filter((f) => f !== 'title' && f !== 'actions');

function recordRow(incident: Incident, field: IncidentFieldName, timeZone: string): FieldRow {
  const value = incident[field];
  if (value === 'not_yet_known' || (typeof value === 'object' && value !== null && 'kind' in value && value.kind === 'not_known')) {
    return row(FIELD_LABELS[field], null);
  }
  const text = describeFieldValue(field, value, timeZone);
  return row(FIELD_LABELS[field], text === '(empty)' ? null : text);
}

function incidentPages(entry: AuditPackEntry, now: Date, timeZone: string): DocumentBlock[] {
  const { incident } = entry;
  const when = timeliness(incident, entry.submissions, now);
  const deadline = incident.awareAt ? icoDeadline(new Date(incident.awareAt)) : null;
  const blocks: DocumentBlock[] = [
    block.heading(`${incident.reference}: ${incident.title}`),
    block.fields([
      statement('Recorded', formatUkDateTime(incident.createdAt, timeZone)),
      statement('Last changed', formatUkDateTime(incident.updatedAt, timeZone)),
      statement('ICO deadline (72 hours)', deadline ? formatUkDateTime(deadline, timeZone) : NOT_YET_KNOWN),
      statement('Reported on time', timelinessShort(when)),
      ...RECORD_FIELDS.map((field) => recordRow(incident, field, timeZone)),
    ]),
  ];
  if (incident.actions.length > 0) {
    blocks.push(
      block.table(
        'Actions',
        [
          { label: 'Action', width: 0.5 },
          { label: 'Who', width: 0.2 },
          { label: 'By', width: 0.16 },
          { label: 'Done', width: 0.14 },
        ],
        incident.actions.map((a) => [a.description, a.owner || '—', a.dueDate ? formatUkLocalDate(a.dueDate) : '—', a.done ? 'Done' : 'Not yet']),
      ),
    );
  }
  blocks.push(...assessmentAnnex(entry.assessment, null, timeZone, 3, 'Risk assessment and decision'));
  const submissions = entry.submissions ?? [];
  if (submissions.length > 0) {
    blocks.push(
      block.table(
        'Reports to the ICO',
        [
          { label: 'Sent', width: 0.24 },
          { label: 'Kind', width: 0.18 },
          { label: 'How', width: 0.24 },
          { label: 'ICO case reference', width: 0.18 },
          { label: 'Late', width: 0.16 },
        ],
        submissions.map((s) => [
          formatUkDateTime(s.submittedAt, timeZone),
          SUBMISSION_KIND_LABELS[s.kind],
          SUBMISSION_CHANNEL_LABELS[s.channel],
          s.icoCaseReference || '—',
          s.late ? `Yes: ${s.lateReason || NOT_YET_KNOWN}` : 'No',
        ]),
      ),
    );
  }
  if ((entry.tellings ?? []).length > 0) blocks.push(tellingsTable(entry.tellings ?? [], timeZone));
  blocks.push(...attachmentsTable(entry.attachments, timeZone));
  return blocks;
}

function verificationSection(result: VerifyResult, now: Date, timeZone: string): DocumentBlock[] {
  const rows: FieldRow[] = [
    statement(
      'Result',
      result.intact
        ? `Intact: all ${result.entriesChecked.toLocaleString('en-GB')} entries of the audit trail check out, and every record matches its trail`
        : 'Problem found: the register may have been changed outside Breachlog',
    ),
    statement('Checked on', formatUkDateTime(now, timeZone)),
    statement('Entries checked', result.entriesChecked.toLocaleString('en-GB')),
    statement('Fingerprint of the whole trail (newest entry’s hash)', result.headHash ?? 'None'),
  ];
  if (result.firstBadEntry) {
    const at = result.firstBadEntry.at ? ` (${formatUkDateTime(result.firstBadEntry.at, timeZone)})` : '';
    rows.push(statement('First entry that does not check out', `Entry ${result.firstBadEntry.id}${at}: ${result.firstBadEntry.problem}`));
  }
  const blocks: DocumentBlock[] = [
    block.heading('Audit trail verification'),
    block.paragraph(
      'Every change to the register is kept in an append-only audit trail in which each entry carries a hash of the one before it. ' +
        'Re-walking the chain shows whether any entry has been changed, removed or added outside Breachlog, and each record is compared with what its own trail says it should be.',
    ),
    block.fields(rows),
  ];
  if (result.recordsNotMatchingTrail.length > 0) {
    blocks.push(
      block.heading('Records that do not match their audit trail', 3),
      block.list(result.recordsNotMatchingTrail.map((m) => `${m.reference}: ${m.field}`)),
    );
  }
  return blocks;
}
