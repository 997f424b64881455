import { z } from 'zod';
import { letterFieldsSchema } from './documents/letter-fields';
import { incidentIdSchema } from './incident';

export const letterVersionInfoSchema = z.object({ version: z.number().int().positive(), savedAt: z.string(), savedBy: z.string() });
export type LetterVersionInfo = z.infer<typeof letterVersionInfoSchema>;

/** The letter as it stands: the last saved version's words, or the prefill when none is saved yet. */
export const letterStateSchema = z.object({
  incidentId: incidentIdSchema,
  fields: letterFieldsSchema,
  /** The words as prefilled from the record now, to start again from. */
  prefilled: letterFieldsSchema,
  /** Newest first; empty until the first save. */
  versions: z.array(letterVersionInfoSchema),
});
export type LetterState = z.infer<typeof letterStateSchema>;

export const saveLetterSchema = z.object({ incidentId: incidentIdSchema, fields: letterFieldsSchema }).strict();
export type SaveLetterInput = z.infer<typeof saveLetterSchema>;
