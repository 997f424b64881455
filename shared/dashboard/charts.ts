import { z } from 'zod';
import { describeDuration } from '../deadline';
import { BREACH_TYPE_NOT_YET_KNOWN, BREACH_TYPE_SHORT, CAUSE_SHORT, REPORTING_OUTCOME_LABELS } from '../labels';
import { CUSTOM_PERIOD_MONTHS_MAX } from './period';
import type { DashboardSummary } from './summary';

/**
 * What the dashboard shows, in words and bars, from one summary: the screen draws these charts
 * as SVG and the audit pack as PDF vectors, and both print the same figures beside them, so no
 * meaning rests on colour or on reading a bar's length.
 */

export const chartBarSchema = z.object({
  /** In full, for the table and for screen readers: "March 2026". */
  label: z.string(),
  /** Under a column, or beside a bar: "Mar". */
  tick: z.string(),
  /** A second line under a column where a new year starts: "2026"; otherwise empty. */
  subTick: z.string(),
  value: z.number().int().min(0),
});
export type ChartBar = z.infer<typeof chartBarSchema>;

export const chartSchema = z.object({
  id: z.string(),
  title: z.string(),
  /** One sentence that says what the chart shows, for the text alternative. */
  description: z.string(),
  /** Columns over time, or horizontal bars for categories. */
  shape: z.enum(['columns', 'bars']),
  /** The table alternative's column headings: what each bar is, and what it counts. */
  categoryHeading: z.string(),
  valueHeading: z.string(),
  bars: z.array(chartBarSchema),
});
export type Chart = z.infer<typeof chartSchema>;

export interface Figure {
  label: string;
  value: string;
  /** A line under the value: what it is out of, or what is left out. */
  note: string;
  /** The breaches it names, oldest first (at most ten), each kept whole on a line. */
  references: string[];
  /** How many more there are beyond those named. */
  more: number;
}

/** A figure's note with the breaches it names, as one sentence for paper and plain text. */
export function figureText(figure: Figure): string {
  const named = figure.references.length === 0 ? '' : ` ${figure.references.join(', ')}${figure.more > 0 ? ` and ${figure.more} more` : ''}.`;
  return `${figure.value}. ${figure.note}${named}`;
}

const NAMED_MAX = 10;
const naming = (references: readonly string[]) => ({ references: references.slice(0, NAMED_MAX), more: Math.max(0, references.length - NAMED_MAX) });
const none = { references: [], more: 0 };

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function monthBar(month: string, count: number, first: boolean): ChartBar {
  const year = month.slice(0, 4);
  const name = MONTH_NAMES[Number(month.slice(5, 7)) - 1] ?? month;
  return { label: `${name} ${year}`, tick: name.slice(0, 3), subTick: first || month.endsWith('-01') ? year : '', value: count };
}

const breachCount = (n: number) => `${n.toLocaleString('en-GB')} breach${n === 1 ? '' : 'es'}`;

/** Over a longer period (an audit pack of many years), months become too thin to read: count by year instead. */
function overTime(summary: DashboardSummary): Chart {
  if (summary.months.length > CUSTOM_PERIOD_MONTHS_MAX) {
    const years = new Map<string, number>();
    for (const m of summary.months) years.set(m.month.slice(0, 4), (years.get(m.month.slice(0, 4)) ?? 0) + m.count);
    const busiest = [...years].reduce((best, year) => (year[1] > best[1] ? year : best), ['', 0]);
    return {
      id: 'per-month',
      title: 'Breaches per year',
      description:
        summary.total === 0
          ? 'No breaches in this period.'
          : `${breachCount(summary.total)} over ${years.size} years; the most in one year was ${busiest[1]} (${busiest[0]}).`,
      shape: 'columns',
      categoryHeading: 'Year',
      valueHeading: 'Breaches',
      bars: [...years].map(([year, count]) => ({ label: year, tick: year, subTick: '', value: count })),
    };
  }
  const busiest = summary.months.reduce((best, m) => (m.count > best.count ? m : best), { month: '', count: 0 });
  return {
    id: 'per-month',
    title: 'Breaches per month',
    description:
      summary.total === 0
        ? 'No breaches in this period.'
        : `${breachCount(summary.total)} over ${summary.months.length} month${summary.months.length === 1 ? '' : 's'}; the most in one month was ${busiest.count} (${monthBar(busiest.month, 0, true).label}).`,
    shape: 'columns',
    categoryHeading: 'Month',
    valueHeading: 'Breaches',
    bars: summary.months.map((m, i) => monthBar(m.month, m.count, i === 0)),
  };
}

/**
 * Which bars of a column chart get a label underneath when there is no room for all of them:
 * with room, every one; without, the first bar of each year where the chart marks years, or
 * every n-th bar otherwise.
 */
export function labelledColumns(bars: readonly ChartBar[], every: number): boolean[] {
  if (every <= 1) return bars.map(() => true);
  const marksYears = bars.some((bar) => bar.subTick !== '');
  return bars.map((bar, i) => (marksYears ? bar.subTick !== '' : i % every === 0));
}

export function dashboardCharts(summary: DashboardSummary): Chart[] {
  const months = overTime(summary);
  const byType: Chart = {
    id: 'by-type',
    title: 'Breaches by type',
    description: 'A breach can be of more than one type, so these can add up to more than the number of breaches.',
    shape: 'bars',
    categoryHeading: 'Type',
    valueHeading: 'Breaches',
    bars: summary.byType.map(({ type, count }) => {
      const label = type === 'not_yet_known' ? BREACH_TYPE_NOT_YET_KNOWN : BREACH_TYPE_SHORT[type];
      return { label, tick: label, subTick: '', value: count };
    }),
  };
  const byCause: Chart = {
    id: 'by-cause',
    title: 'Breaches by cause',
    description: 'Each breach has one cause.',
    shape: 'bars',
    categoryHeading: 'Cause',
    valueHeading: 'Breaches',
    bars: summary.byCause.map(({ cause, count }) => ({ label: CAUSE_SHORT[cause], tick: CAUSE_SHORT[cause], subTick: '', value: count })),
  };
  const r = summary.reporting;
  const reporting: Chart = {
    id: 'reporting',
    title: 'Reports to the ICO against the 72-hour deadline',
    description: `Breaches whose report was due: ${r.onTime + r.late + r.overdue}. Not counted: ${r.notRequired} with no report needed, ${r.notYetDue} not yet due, ${r.noAwareness} without a time of awareness.`,
    shape: 'bars',
    categoryHeading: 'Outcome',
    valueHeading: 'Breaches',
    bars: [
      { label: REPORTING_OUTCOME_LABELS.on_time, tick: REPORTING_OUTCOME_LABELS.on_time, subTick: '', value: r.onTime },
      { label: REPORTING_OUTCOME_LABELS.late, tick: REPORTING_OUTCOME_LABELS.late, subTick: '', value: r.late },
      { label: REPORTING_OUTCOME_LABELS.overdue, tick: REPORTING_OUTCOME_LABELS.overdue, subTick: '', value: r.overdue },
    ],
  };
  return [months, byType, byCause, reporting];
}

/** "67% (2 of 3)" */
export function describeShare(onTime: number, due: number): string {
  if (due === 0) return 'No report was due';
  return `${Math.round((onTime / due) * 100)}% (${onTime} of ${due})`;
}

/** "Over 3 breaches reported …", or what is missing when there are none. */
function over(count: number, what: string): string {
  return count === 0 ? `No breach in the period was ${what}.` : `Over ${breachCount(count)} ${what}.`;
}

/** The headline figures beside the charts, in the same words on screen and on paper. */
export function dashboardFigures(summary: DashboardSummary): Figure[] {
  const r = summary.reporting;
  const due = r.onTime + r.late + r.overdue;
  const span = (median: number | null, what: string) => (median === null ? `None ${what} yet` : describeDuration(median, 'floor'));
  return [
    { label: 'Breaches in the period', value: summary.total.toLocaleString('en-GB'), note: 'Near misses are not counted.', ...none },
    {
      label: 'Reported within 72 hours',
      value: describeShare(r.onTime, due),
      note:
        due === 0
          ? 'No breach in the period was reported or is past its deadline.'
          : 'Of the breaches whose report to the ICO was due (reported, or past the deadline).',
      ...none,
    },
    {
      label: 'Median time from awareness to report',
      value: span(summary.toReport.medianMs, 'reported'),
      note: over(summary.toReport.count, 'reported with a time of awareness'),
      ...none,
    },
    {
      label: 'Median time from awareness to containment',
      value: span(summary.toContainment.medianMs, 'contained'),
      note: over(summary.toContainment.count, 'marked contained or closed, with a time of awareness'),
      ...none,
    },
    {
      label: 'Overdue actions',
      value: summary.overdueActions.count.toLocaleString('en-GB'),
      note: 'Across the whole register: past their due date and not done.',
      ...naming(summary.overdueActions.references),
    },
    {
      label: 'Breaches never assessed',
      value: summary.neverAssessed.count.toLocaleString('en-GB'),
      note: 'Across the whole register: no risk assessment saved.',
      ...naming(summary.neverAssessed.references),
    },
  ];
}
