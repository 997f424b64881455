import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { referenceSchema } from '../../../shared/incident';
import { instantSchema } from '../../../shared/instant';
import { REMINDER_HOURS_LEFT } from '../../../shared/reminders';
import { renameIntoPlace } from '../security/durable-files';

/**
 * The reminder schedule: what the app needs to remind while the register is locked, readable
 * without the key, so it holds no personal data. For each running clock only the breach's
 * reference and id, the deadline instant and which reminders have fired; plus the register's time
 * zone, to show the deadline's time. Never a title, a description or a name.
 */

export const SCHEDULE_FILE_NAME = 'reminder-schedule.json';

const thresholdSchema = z.number().int().refine((hours) => (REMINDER_HOURS_LEFT as readonly number[]).includes(hours));

const lockedFireSchema = z.strictObject({ hoursLeft: thresholdSchema, firedAt: instantSchema, missed: z.boolean() });
export type LockedFire = z.infer<typeof lockedFireSchema>;

const scheduledClockSchema = z.strictObject({
  incidentId: z.number().int().positive(),
  reference: referenceSchema,
  deadline: instantSchema,
  /** Thresholds that have fired, as the register recorded them or as fired while locked. */
  fired: z.array(thresholdSchema),
  /** Fired while the register was locked: copied into the register on the next unlock. */
  firedWhileLocked: z.array(lockedFireSchema),
});
export type ScheduledClock = z.infer<typeof scheduledClockSchema>;

const scheduleSchema = z.strictObject({
  format: z.literal('breachlog-reminder-schedule'),
  version: z.literal(1),
  timeZone: z.string().min(1).max(64),
  clocks: z.array(scheduledClockSchema).max(10_000),
});
export type ReminderSchedule = z.infer<typeof scheduleSchema>;

export function emptySchedule(timeZone: string): ReminderSchedule {
  return { format: 'breachlog-reminder-schedule', version: 1, timeZone, clocks: [] };
}

export function serialiseSchedule(schedule: ReminderSchedule): string {
  return `${JSON.stringify(schedule, null, 2)}\n`;
}

/** The file's text as it is on disk: null when there is none, '' when it can't be read at all. */
export function readScheduleText(dataDir: string): string | null {
  try {
    return readFileSync(join(dataDir, SCHEDULE_FILE_NAME), 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? null : '';
  }
}

/** The schedule in `text`, or null for anything that is not exactly this format. */
export function parseSchedule(text: string): ReminderSchedule | null {
  try {
    const parsed = scheduleSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Writes the schedule in one atomic step (temporary file, fsync, rename): a crash leaves the old
 * schedule or the new one, never half of one. An empty schedule removes the file.
 */
export function writeScheduleFile(dataDir: string, schedule: ReminderSchedule): void {
  const path = join(dataDir, SCHEDULE_FILE_NAME);
  if (schedule.clocks.length === 0) {
    if (existsSync(path)) rmSync(path, { force: true });
    return;
  }
  const temporary = `${path}.partial`;
  writeFileSync(temporary, serialiseSchedule(schedule), { mode: 0o600 });
  renameIntoPlace(temporary, path);
}
