import { z } from 'zod';

/** Register-wide settings, kept in the encrypted database. */
export const settingsSchema = z.object({
  /** How long closed breaches are kept before they may be removed (documented retention period). */
  retentionYears: z.number().int().min(1, 'Keep records for at least a year').max(100),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = { retentionYears: 6 };
