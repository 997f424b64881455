import type { LockedReminder, Reminder } from './reminders';
import { describeDuration } from './deadline';
import { formatUkDateTime } from './uk-time';

/*
 * What a reminder says, in a banner or a desktop notice. Apart from the reminder's schema, so the
 * register's first screen can word its banners without loading the schema library.
 */

function hoursPhrase(hoursLeft: number): string {
  return hoursLeft === 1 ? '1 hour' : `${hoursLeft} hours`;
}

/**
 * "3 hours 23 minutes" when the reader's `now` is known (a banner fired at "4 hours" and read
 * 37 minutes later must not say "4 hours"), rounded down so it never promises more time than
 * there is; without it (a notice at the moment it fires), the threshold that fired. Null: passed.
 */
function timeLeftPhrase(reminder: Pick<Reminder, 'deadline' | 'hoursLeft'>, now: Date | undefined): string | null {
  if (now === undefined) return reminder.hoursLeft === 0 ? null : hoursPhrase(reminder.hoursLeft);
  const left = Date.parse(reminder.deadline) - now.getTime();
  return left <= 0 ? null : describeDuration(left, 'floor');
}

export function reminderText(
  reminder: Pick<Reminder, 'reference' | 'title' | 'deadline' | 'hoursLeft' | 'assessed'>,
  now?: Date,
): string {
  const which = `${reminder.reference} (${reminder.title})`;
  const left = timeLeftPhrase(reminder, now);
  if (left === null) {
    return reminder.assessed
      ? `${which}: the 72-hour deadline to report to the ICO has passed. Report now, with the reasons for the delay.`
      : `${which}: the 72-hour deadline has passed and the risk has not been assessed. Assess it now to find out whether the breach must be reported.`;
  }
  return `${which}: ${left} left to report to the ICO.`;
}

/** "A breach deadline is in 4 hours — unlock Breachlog" and the reference with the deadline's time. */
export function lockedReminderText(
  reminder: Pick<LockedReminder, 'reference' | 'deadline' | 'hoursLeft'>,
  timeZone: string,
  now?: Date,
): string {
  const left = timeLeftPhrase(reminder, now);
  const headline = left === null ? 'A breach deadline has passed — unlock Breachlog' : `A breach deadline is in ${left} — unlock Breachlog`;
  return `${headline}. ${reminder.reference}, deadline ${formatUkDateTime(reminder.deadline, timeZone)}.`;
}

/** One desktop notification: its heading, its text, and the breach a click opens (null: the register). */
export interface ReminderNotice {
  heading: string;
  body: string;
  incidentId: number | null;
}

function heading(reminders: readonly { missed: boolean }[]): string {
  return reminders.some((reminder) => reminder.missed) ? 'Breachlog: deadline reminders you missed' : 'Breachlog: ICO deadline';
}

/** The notification for reminders fired while the register is open (the title helps the person place it). */
export function openReminderNotice(reminders: readonly Reminder[]): ReminderNotice {
  const only = reminders.length === 1 ? reminders[0] : undefined;
  return {
    heading: heading(reminders),
    body: only ? reminderText(only) : `${reminders.length} breaches need attention: ${reminders.map((r) => r.reference).join(', ')}.`,
    incidentId: only ? only.incidentId : null,
  };
}

/** The notification for reminders fired while the register is locked: references and times only. */
export function lockedReminderNotice(reminders: readonly LockedReminder[], timeZone: string): ReminderNotice {
  const only = reminders.length === 1 ? reminders[0] : undefined;
  return {
    heading: heading(reminders),
    body: only
      ? lockedReminderText(only, timeZone)
      : `${reminders.length} breach deadlines need attention — unlock Breachlog. ${reminders.map((r) => r.reference).join(', ')}.`,
    incidentId: only ? only.incidentId : null,
  };
}
