import { z } from 'zod';
import { dayAfter, localDateSchema } from '../local-date';
import { fromLocalInputValue, toLocalInputValue } from '../uk-time';

/**
 * The periods the dashboard looks at. Every period is a run of local dates in the register's
 * time zone (Europe/London unless changed), both ends included, and ends no later than today:
 * a month that has not happened yet is never drawn as a month with no breaches.
 *
 * - last 12 months: the current month and the eleven before it, from the 1st, to today;
 * - this year: from 1 January to today;
 * - UK financial year: from 1 April (of this year, or of last year before April) to today;
 * - custom: any dates, up to five years apart.
 */

export const DASHBOARD_PRESETS = ['last_12_months', 'this_year', 'financial_year', 'custom'] as const;
export type DashboardPreset = (typeof DASHBOARD_PRESETS)[number];

/** Enough for five years of monthly bars to stay readable on a laptop screen and an A4 page. */
export const CUSTOM_PERIOD_MONTHS_MAX = 60;

export const dashboardPeriodSchema = z.discriminatedUnion('preset', [
  z.object({ preset: z.literal('last_12_months') }).strict(),
  z.object({ preset: z.literal('this_year') }).strict(),
  z.object({ preset: z.literal('financial_year') }).strict(),
  z
    .object({ preset: z.literal('custom'), from: localDateSchema, to: localDateSchema })
    .strict()
    .refine((p) => p.from <= p.to, { path: ['to'], message: 'The end of the period must not be before its start' })
    .refine((p) => monthsBetween(p.from, p.to).length <= CUSTOM_PERIOD_MONTHS_MAX, {
      path: ['from'],
      message: `Choose a period of at most ${CUSTOM_PERIOD_MONTHS_MAX / 12} years`,
    }),
]);
export type DashboardPeriod = z.infer<typeof dashboardPeriodSchema>;

/** A period as local dates "2026-04-01" to "2026-12-02", both included. */
export interface LocalPeriod {
  from: string;
  to: string;
}

/** Today's local date in the zone: "2026-12-02". */
export function localToday(now: Date, timeZone: string): string {
  return toLocalInputValue(now, timeZone).slice(0, 10);
}

/** The local dates a preset stands for on the day `now` falls on in the zone. */
export function resolvePeriod(period: DashboardPeriod, now: Date, timeZone: string): LocalPeriod {
  const today = localToday(now, timeZone);
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  switch (period.preset) {
    case 'custom':
      return { from: period.from, to: period.to };
    case 'this_year':
      return { from: `${year}-01-01`, to: today };
    case 'financial_year':
      return { from: `${month >= 4 ? year : year - 1}-04-01`, to: today };
    case 'last_12_months': {
      // Eleven months back from this month, counted on the calendar (no time zone involved).
      const index = year * 12 + (month - 1) - 11;
      return { from: `${Math.floor(index / 12)}-${pad(index % 12 + 1)}-01`, to: today };
    }
  }
}

/** Every month a period touches, oldest first: ["2026-01", "2026-02", …]. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  // A bound keeps nonsense input from looping for long; the schema refuses long periods anyway.
  while (months.length <= 12 * 300) {
    const key = `${year}-${pad(month)}`;
    if (key > last) break;
    months.push(key);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** The local month ("2026-03") an instant falls in, in the zone: BST and GMT both handled. */
export function monthOf(instant: string, timeZone: string): string {
  return toLocalInputValue(instant, timeZone).slice(0, 7);
}

/** The instants that bound a period: from midnight at its start to midnight after its last day, in the zone. */
export function periodInstants(period: LocalPeriod, timeZone: string): { start: string; end: string } | null {
  const start = fromLocalInputValue(`${period.from}T00:00`, timeZone);
  const end = fromLocalInputValue(`${dayAfter(period.to)}T00:00`, timeZone);
  return start && end ? { start: start.toISOString(), end: end.toISOString() } : null;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
