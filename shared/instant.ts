import { z } from 'zod';

/**
 * A moment in time, stored and sent as an ISO 8601 UTC string
 * (`2026-11-23T16:05:00.000Z`). Local time only exists at the edges (forms, documents).
 */
export const instantSchema = z.iso.datetime({ offset: false, message: 'Enter a valid date and time' });

export type Instant = z.infer<typeof instantSchema>;

export function toInstant(date: Date): Instant {
  return date.toISOString();
}
