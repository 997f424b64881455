import { z } from 'zod';

/**
 * A moment in time, stored and sent in one canonical form: ISO 8601 UTC with milliseconds
 * (`2026-11-23T16:05:00.000Z`), as `Date.prototype.toISOString` writes it. Any ISO 8601 date and
 * time with a zone is accepted (`…:05Z`, `…:05.5Z`, `…+01:00`) and rewritten to that form on the way
 * in, because the register sorts and compares instants as text (SQL `ORDER BY`, `<`): in mixed
 * forms `…:05Z` sorts after `…:05.5Z`, and `+01:00` not at all. Local time only exists at the
 * edges (forms, documents).
 */

/** The years a calendar date may fall in (see local-date.ts): four-digit years with room for date arithmetic. */
export const YEAR_MIN = 1900;
export const YEAR_MAX = 2100;
export const YEARS_MESSAGE = `Enter a date between ${YEAR_MIN} and ${YEAR_MAX}`;

/**
 * The canonical form has a four-digit year, so an offset may not carry a time past 9999 or before
 * 0000. Narrower bounds are not set here: this schema also reads records back, and the form has
 * always taken any four-digit year, so a mistyped year already stored must stay readable.
 */
const EARLIEST_MS = Date.parse('0000-01-01T00:00:00.000Z');
const LATEST_MS = Date.parse('9999-12-31T23:59:59.999Z');

export const instantSchema = z
  .iso.datetime({ offset: true, message: 'Enter a valid date and time' })
  .transform((text, context) => {
    const ms = Date.parse(text);
    if (!(ms >= EARLIEST_MS && ms <= LATEST_MS)) {
      context.addIssue({ code: 'custom', message: 'Enter a date and time between the years 0000 and 9999' });
      return z.NEVER;
    }
    return new Date(ms).toISOString();
  });

export type Instant = z.output<typeof instantSchema>;

export function toInstant(date: Date): Instant {
  return date.toISOString();
}

/** Orders two instants by time, whatever their written form (for sorting arrays of them). */
export function compareInstants(a: string, b: string): number {
  return Date.parse(a) - Date.parse(b);
}

/** Whether `a` is strictly earlier than `b`. */
export function isEarlier(a: string, b: string): boolean {
  return compareInstants(a, b) < 0;
}
