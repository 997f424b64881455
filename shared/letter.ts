import { z } from 'zod';
import { letterFieldsSchema } from './documents/letter-fields';
import { incidentIdSchema } from './incident';

export const letterVersionNumberSchema = z.number().int().positive().max(1_000_000);

export const letterVersionInfoSchema = z.object({
  version: letterVersionNumberSchema,
  savedAt: z.string(),
  savedBy: z.string(),
  /** Set when this version made an older one current again: the version whose words it copies. */
  restoredFrom: letterVersionNumberSchema.optional(),
});
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

/** Which saved version of a breach's letter: to read it, or to make it the current one again. */
export const letterVersionRefSchema = z.object({ incidentId: incidentIdSchema, version: letterVersionNumberSchema }).strict();
export type LetterVersionRef = z.infer<typeof letterVersionRefSchema>;

/** One saved version, read-only: its words as they were saved, and who saved it when. */
export const letterVersionSchema = z.object({ incidentId: incidentIdSchema, info: letterVersionInfoSchema, fields: letterFieldsSchema });
export type LetterVersion = z.infer<typeof letterVersionSchema>;
