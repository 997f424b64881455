import { z } from 'zod';
import { DEFAULT_REGIME, REGIME_IDS } from './regimes';

/** Register-wide settings, kept in the encrypted database. */
export const settingsSchema = z.object({
  /** How long closed breaches are kept before they may be removed (documented retention period). */
  retentionYears: z.number().int().min(1, 'Keep records for at least a year').max(100),
  /** The zone times are shown and typed in; deadlines themselves are exact instants. */
  timeZone: z.string().refine(isTimeZone, 'Choose a time zone from the list'),
  /** Which breach-reporting rules apply (shared/regimes): UK GDPR unless a communications provider. */
  regime: z.enum(REGIME_IDS),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = { retentionYears: 6, timeZone: 'Europe/London', regime: DEFAULT_REGIME };

/** Zones an office using Breachlog is likely to be in; any valid IANA zone is accepted. */
export const COMMON_TIME_ZONES = ['Europe/London', 'Europe/Dublin', 'Europe/Paris', 'Europe/Berlin', 'Europe/Madrid', 'Atlantic/Canary', 'Europe/Gibraltar'] as const;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return zone.length > 0 && zone.length < 64;
  } catch {
    return false;
  }
}
