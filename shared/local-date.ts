import { z } from 'zod';
import { YEAR_MAX, YEAR_MIN, YEARS_MESSAGE } from './instant';

/**
 * A calendar date without a time or zone (`2026-11-23`), as a date range for a document or an
 * export gives it. Years outside 1900–2100 are refused plainly: year 0000 is no date anyone means
 * (and JavaScript reads years below 100 as 19xx), and the day after 9999-12-31 has no four-digit year.
 */
export const localDateSchema = z.iso
  .date({ message: 'Enter a real date' })
  .refine((date) => {
    const year = Number(date.slice(0, 4));
    return year >= YEAR_MIN && year <= YEAR_MAX;
  }, YEARS_MESSAGE);

/** The date after a local date, by the calendar (no time zone involved). */
export function dayAfter(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const next = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0–99 as 1900–1999.
  next.setUTCFullYear(year, month - 1, day + 1);
  return next.toISOString().slice(0, 10);
}
