import { clockPhase } from '../clock-running';
import { icoDeadline } from '../deadline';
import { compareInstants } from '../instant';
import type { Incident } from '../incident';
import type { Organisation } from '../organisation';
import type { Submission } from '../submission';
import { formatUkDateTime, toLocalInputValue } from '../uk-time';
import type { RegisterHead } from '../register-fingerprint';
import { fingerprintLine } from '../register-fingerprint';
import type { DocumentBlock, FieldRow } from './document-model';
import { block } from './document-model';
import { NOT_YET_KNOWN } from './describe-incident';

/** Words and small judgements shared by the documents: unknowns, decisions, lateness, file names. */

/** A label–value row; blank text becomes "Not yet known — to follow". */
export function row(label: string, value: string | null | undefined): FieldRow {
  const known = value !== null && value !== undefined && value.trim() !== '';
  return { label, value: known ? value : NOT_YET_KNOWN, unknown: !known };
}

/** A row whose value is known to be a statement, never the placeholder (e.g. "Not applicable"). */
export function statement(label: string, value: string): FieldRow {
  return { label, value, unknown: value === NOT_YET_KNOWN };
}

/** "a; b; c" or null for an empty list, so `row` turns it into the placeholder. */
export function joined(items: readonly string[], separator = '; '): string | null {
  return items.length > 0 ? items.join(separator) : null;
}

/**
 * The labels of ticked items, "Not yet known" left out, with the "other" detail as "Other: …"
 * (also when the detail was written without ticking "Other", so nothing written is lost).
 */
export function tickedLabels<T extends string>(values: readonly T[], labels: Record<T, string>, otherDetail: string): string | null {
  const detail = otherDetail.trim();
  const items = values.filter((value) => value !== 'not_yet_known' && value !== 'other').map((value) => labels[value]);
  if (detail) items.push(`Other: ${detail}`);
  else if (values.some((value) => value === 'other')) items.push('Other');
  return joined(items);
}

/** The documents' names for the vocabulary's words (see shared/labels.ts), kept so existing imports work. */
export {
  EXCEPTION_LABELS as EXCEPTION_WORDS,
  REASON_EFFECT_WORDS,
  REPORT_DECISION_WORDS,
  RISK_LEVEL_LABELS as RISK_LEVEL_WORDS,
  TELL_DECISION_WORDS,
  tellDecisionText,
} from '../labels';

/** The first report sent to the ICO, from the submissions or, failing those, the record's reported time. */
export function firstReport(incident: Pick<Incident, 'reportedAt'>, submissions: readonly Submission[] | undefined): string | null {
  const times = (submissions ?? []).map((s) => s.submittedAt).sort(compareInstants);
  return times[0] ?? incident.reportedAt;
}

export type Timeliness =
  | { state: 'clock_not_started' }
  | { state: 'not_required' }
  | { state: 'not_yet_due'; deadline: Date }
  | { state: 'overdue'; deadline: Date; byMs: number }
  | { state: 'on_time'; deadline: Date | null; reportedAt: string }
  | { state: 'late'; deadline: Date; reportedAt: string; byMs: number };

/** Whether the ICO heard within 72 hours of awareness, as at `now`. */
export function timeliness(
  incident: Pick<Incident, 'awareAt' | 'reportedAt' | 'reportDecision'>,
  submissions: readonly Submission[] | undefined,
  now: Date,
): Timeliness {
  const reportedAt = firstReport(incident, submissions);
  const deadline = incident.awareAt ? icoDeadline(new Date(incident.awareAt)) : null;
  // The clock's own rule (clock-running.ts) says which phase it is in; this adds lateness.
  const phase = clockPhase({ awareAt: incident.awareAt, reportedAt, reportDecision: incident.reportDecision });
  if (phase === 'stopped' && reportedAt) {
    if (!deadline) return { state: 'on_time', deadline: null, reportedAt };
    const byMs = Date.parse(reportedAt) - deadline.getTime();
    return byMs > 0 ? { state: 'late', deadline, reportedAt, byMs } : { state: 'on_time', deadline, reportedAt };
  }
  if (phase === 'not_required') return { state: 'not_required' };
  if (phase === 'not_started' || !deadline) return { state: 'clock_not_started' };
  const byMs = now.getTime() - deadline.getTime();
  return byMs > 0 ? { state: 'overdue', deadline, byMs } : { state: 'not_yet_due', deadline };
}

/** "3 days", "5 hours", "20 minutes": a table cell's length, rounded down. */
export function shortDuration(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} hour${hours === 1 ? '' : 's'}`;
  return `${Math.floor(hours / 24)} days`;
}

/** One short phrase for the audit pack's "reported on time" column. */
export function timelinessShort(t: Timeliness): string {
  switch (t.state) {
    case 'on_time':
      return t.deadline ? 'Yes' : 'Reported (time of awareness not recorded)';
    case 'late':
      return `No: ${shortDuration(t.byMs)} late`;
    case 'overdue':
      return `No: ${shortDuration(t.byMs)} overdue`;
    case 'not_yet_due':
      return 'Not yet due';
    case 'not_required':
      return 'No report needed';
    case 'clock_not_started':
      return 'Clock not started';
  }
}

/** The organisation's name for headers and metadata. */
export function organisationLabel(organisation: Organisation): string {
  return organisation.name.trim() || `Organisation: ${NOT_YET_KNOWN}`;
}

/** "2026-11-23": the local date in file names, so they sort by date. */
export function fileDate(now: Date, timeZone: string): string {
  return toLocalInputValue(now, timeZone).slice(0, 10);
}

/** "Generated by Breachlog on Mon 23 Nov 2026, 16:05". */
export function generatedLine(now: Date, timeZone: string): string {
  return `Generated by Breachlog on ${formatUkDateTime(now, timeZone)}`;
}

/** A person's contact details on one line: "Name, role — email, phone". */
export function contactLine(contact: Organisation['contact']): string | null {
  const who = [contact.name, contact.role].filter((part) => part.trim() !== '').join(', ');
  const how = [contact.email, contact.phone].filter((part) => part.trim() !== '').join(', ');
  const line = [who, how].filter(Boolean).join(' — ');
  return line === '' ? null : line;
}

/**
 * The running footer's second line and the body's closing note: the register's fingerprint, so
 * a printout can later prove the register still holds everything up to it (see register-fingerprint.ts).
 */
export function withFingerprint(footer: string, head: RegisterHead | null | undefined): string {
  return head === undefined ? footer : `${footer}\n${fingerprintLine(head)}`;
}

export function fingerprintNote(head: RegisterHead | null | undefined): DocumentBlock[] {
  if (head === undefined) return [];
  return [
    block.paragraph(
      `${fingerprintLine(head, 64)}. This identifies the register’s audit trail as it stood when this document was made: ` +
        'typed into “Verify the register” in Breachlog later, it shows whether anything up to then has been changed or removed.',
      'small',
    ),
  ];
}
