import { ICO_DEADLINE_HOURS } from '../../../shared/deadline';
import type { ReminderThreshold } from '../../../shared/reminders';
import { REMINDER_HOURS_LEFT } from '../../../shared/reminders';

/**
 * When each of a clock's reminders is due, from the wall clock alone: nothing accumulates, so a
 * restart, sleep or time-zone change can't make reminders drift, skip or repeat.
 */

const HOUR_MS = 3_600_000;
/** Re-check at least this often, so sleep, hibernation or a changed clock can't skip a reminder. */
export const MAX_CHECK_INTERVAL_MS = 60_000;
/** Clocks older than this are long overdue; their deadline reminder has fired already. */
export const LOOK_BACK_MS = (ICO_DEADLINE_HOURS + 7 * 24) * HOUR_MS;

/** The moment a reminder comes due. */
export function reminderDueAt(deadline: number, hoursLeft: number): number {
  return deadline - hoursLeft * HOUR_MS;
}

/**
 * Records every reminder of one clock that is due by `now` (through `record`, which answers true
 * only the first time) and returns the one to announce: only the most urgent due reminder is
 * announced; earlier ones are recorded as passed.
 */
export function fireDueReminders(
  deadline: number,
  now: number,
  missed: boolean,
  record: (hoursLeft: ReminderThreshold, missed: boolean) => boolean,
): ReminderThreshold | null {
  const due = REMINDER_HOURS_LEFT.filter((hours) => reminderDueAt(deadline, hours) <= now);
  const mostUrgent = due.at(-1);
  let announce: ReminderThreshold | null = null;
  for (const hours of due) {
    const isNew = record(hours, missed || hours !== mostUrgent);
    if (isNew && hours === mostUrgent) announce = hours;
  }
  return announce;
}

/** When to check next: the first reminder still to come, or the periodic check, whichever is sooner. */
export function nextCheckAt(deadlines: readonly number[], now: number): number {
  let next = now + MAX_CHECK_INTERVAL_MS;
  for (const deadline of deadlines) {
    for (const hours of REMINDER_HOURS_LEFT) {
      const at = reminderDueAt(deadline, hours);
      if (at > now) next = Math.min(next, at);
    }
  }
  return next;
}
