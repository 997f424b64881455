import { z } from 'zod';

/**
 * A half-filled form, saved as the person types so nothing is lost to a crash, a closed
 * window or a validation error. Kept unvalidated (it may be wrong) but bounded in size.
 */
export const DRAFT_MAX_CHARS = 300_000;

export const draftKeySchema = z.string().regex(/^[a-z-]+(:\d+)?(:[a-z-]+)?$/, 'Not a draft key').max(80);

export const draftValuesSchema = z
  .record(z.string().max(100), z.unknown())
  .refine((values) => JSON.stringify(values).length <= DRAFT_MAX_CHARS, 'This draft is too large to keep');
