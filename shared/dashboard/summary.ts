import { icoDeadline } from '../deadline';
import type { BreachType, Cause } from '../incident-fields';
import { BREACH_TYPES, CAUSES } from '../incident-fields';
import type { LocalPeriod } from './period';
import { localToday, monthOf, monthsBetween, periodInstants } from './period';

/**
 * The register's figures for a period, as a director or an auditor asks for them. Pure: the
 * breaches, the period, the time and the zone come in; the figures go out. The dashboard screen
 * and the audit pack both draw from this, so they always agree.
 *
 * - A breach belongs to the period when the organisation became aware of it in the period or,
 *   where that time is not recorded, when it was recorded in it (as in the audit pack).
 * - Months are calendar months in the register's time zone, so a breach at 00:30 on 1 April BST
 *   (23:30 on 31 March UTC) counts in April.
 * - A breach may be of several types, so the type counts can add up to more than the total.
 * - "Reported within 72 hours" is a share of the breaches whose report was due: those reported
 *   to the ICO, and those past their deadline without a report that was not ruled out. Breaches
 *   with no time of awareness can't be timed, and are counted apart.
 * - The median times are from awareness to the first report to the ICO, and to the time the
 *   record was first marked contained (or closed); breaches without those times are left out.
 * - Overdue actions and breaches never assessed are what is still open today, over the whole
 *   register, not only the period.
 */

export interface DashboardAction {
  /** Local date "2026-12-01", or none set. */
  dueDate: string | null;
  done: boolean;
}

export interface DashboardBreach {
  reference: string;
  awareAt: string | null;
  createdAt: string;
  /** The first report sent to the ICO. */
  reportedAt: string | null;
  reportDecision: 'required' | 'not_required' | null;
  /** When the record was first marked contained or closed. */
  containedAt: string | null;
  breachTypes: readonly BreachType[];
  cause: Cause;
  /** Whether a risk assessment was ever saved. */
  assessed: boolean;
  actions: readonly DashboardAction[];
  /** A near miss is kept in the register but is not a breach, so it is never counted here. */
  isNearMiss?: boolean;
  /** As processor the controller reports to the ICO, so no report of ours is ever due. */
  isProcessor?: boolean;
}

export interface DashboardInput {
  /** The whole register, or at least the period's breaches and every breach with open work. */
  breaches: readonly DashboardBreach[];
  period: LocalPeriod;
  now: Date;
  timeZone: string;
}

export const REPORTING_OUTCOMES = ['on_time', 'late', 'overdue'] as const;
export type ReportingOutcome = (typeof REPORTING_OUTCOMES)[number];

export interface DashboardSummary {
  period: LocalPeriod;
  /** Breaches in the period. */
  total: number;
  months: { month: string; count: number }[];
  byType: { type: BreachType | 'not_yet_known'; count: number }[];
  byCause: { cause: Cause; count: number }[];
  reporting: {
    onTime: number;
    late: number;
    overdue: number;
    /** onTime / (onTime + late + overdue), from 0 to 1; null when no report was due. */
    shareOnTime: number | null;
    notRequired: number;
    notYetDue: number;
    /** Without a time of awareness: the 72 hours can't be counted. */
    noAwareness: number;
  };
  toReport: { medianMs: number | null; count: number };
  toContainment: { medianMs: number | null; count: number };
  /** Across the whole register, as of today. */
  overdueActions: { count: number; references: string[] };
  neverAssessed: { count: number; references: string[] };
}

export function summariseRegister(input: DashboardInput): DashboardSummary {
  const { period, now, timeZone } = input;
  const breaches = input.breaches.filter((breach) => !breach.isNearMiss);
  const bounds = periodInstants(period, timeZone);
  const [start, end] = bounds ? [Date.parse(bounds.start), Date.parse(bounds.end)] : [0, 0];
  const inPeriod = breaches.filter((b) => {
    const at = Date.parse(b.awareAt ?? b.createdAt);
    return at >= start && at < end;
  });

  const monthCounts = new Map(monthsBetween(period.from, period.to).map((month) => [month, 0]));
  for (const b of inPeriod) {
    const month = monthOf(b.awareAt ?? b.createdAt, timeZone);
    monthCounts.set(month, (monthCounts.get(month) ?? 0) + 1);
  }

  const typeCount = (type: BreachType) => inPeriod.filter((b) => b.breachTypes.includes(type)).length;
  const byType = [
    ...BREACH_TYPES.map((type) => ({ type, count: typeCount(type) })),
    { type: 'not_yet_known' as const, count: inPeriod.filter((b) => b.breachTypes.length === 0).length },
  ];
  const byCause = CAUSES.map((cause) => ({ cause, count: inPeriod.filter((b) => b.cause === cause).length }));

  const reporting = { onTime: 0, late: 0, overdue: 0, notRequired: 0, notYetDue: 0, noAwareness: 0 };
  for (const b of inPeriod) reporting[reportingState(b, now)] += 1;
  const due = reporting.onTime + reporting.late + reporting.overdue;

  const today = localToday(now, timeZone);
  const withOverdueActions = breaches.filter((b) => b.actions.some((a) => !a.done && a.dueDate !== null && a.dueDate < today));
  const neverAssessed = breaches.filter((b) => !b.assessed);

  return {
    period,
    total: inPeriod.length,
    months: [...monthCounts].map(([month, count]) => ({ month, count })),
    byType,
    byCause,
    reporting: { ...reporting, shareOnTime: due === 0 ? null : reporting.onTime / due },
    toReport: medianSince(inPeriod, (b) => b.reportedAt),
    toContainment: medianSince(inPeriod, (b) => b.containedAt),
    overdueActions: {
      count: withOverdueActions.reduce((sum, b) => sum + b.actions.filter((a) => !a.done && a.dueDate !== null && a.dueDate < today).length, 0),
      references: withOverdueActions.map((b) => b.reference),
    },
    neverAssessed: { count: neverAssessed.length, references: neverAssessed.map((b) => b.reference) },
  };
}

type ReportingState = 'onTime' | 'late' | 'overdue' | 'notRequired' | 'notYetDue' | 'noAwareness';

/** Where one breach stands against its 72-hour deadline at `now` (domain rule: deadline.ts). */
function reportingState(b: DashboardBreach, now: Date): ReportingState {
  if (b.isProcessor) return 'notRequired';
  if (!b.awareAt) return 'noAwareness';
  const deadline = icoDeadline(new Date(b.awareAt)).getTime();
  if (b.reportedAt) return Date.parse(b.reportedAt) <= deadline ? 'onTime' : 'late';
  if (b.reportDecision === 'not_required') return 'notRequired';
  return now.getTime() > deadline ? 'overdue' : 'notYetDue';
}

/**
 * The median time from awareness to a later moment, over the breaches that have both. A moment
 * recorded before the time of awareness (awareness corrected to later) counts as no time at all.
 */
function medianSince(breaches: readonly DashboardBreach[], moment: (b: DashboardBreach) => string | null): { medianMs: number | null; count: number } {
  const spans: number[] = [];
  for (const b of breaches) {
    const at = moment(b);
    if (b.awareAt && at) spans.push(Math.max(0, Date.parse(at) - Date.parse(b.awareAt)));
  }
  return { medianMs: median(spans), count: spans.length };
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
