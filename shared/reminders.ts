import { z } from 'zod';
import { instantSchema } from './instant';
import { formatUkDateTime } from './uk-time';

/** Hours before the 72-hour deadline at which a reminder fires; 0 is the deadline itself. */
export const REMINDER_HOURS_LEFT = [48, 24, 12, 4, 1, 0] as const;
export type ReminderThreshold = (typeof REMINDER_HOURS_LEFT)[number];

export const reminderSchema = z.object({
  incidentId: z.number().int().positive(),
  reference: z.string(),
  title: z.string(),
  hoursLeft: z.number().int(),
  deadline: instantSchema,
  firedAt: instantSchema,
  /** Fired while the app was closed (shown when it next opens). */
  missed: z.boolean(),
});
export type Reminder = z.infer<typeof reminderSchema>;

/** What a reminder may say on a locked screen: never the title or any detail of the breach. */
export type LockedReminder = Omit<Reminder, 'title'>;

function hoursPhrase(hoursLeft: number): string {
  return hoursLeft === 1 ? '1 hour' : `${hoursLeft} hours`;
}

export function reminderText(reminder: Pick<Reminder, 'reference' | 'title' | 'hoursLeft'>): string {
  if (reminder.hoursLeft === 0) {
    return `${reminder.reference} (${reminder.title}): the 72-hour deadline to report to the ICO has passed. Report now, with the reasons for the delay.`;
  }
  return `${reminder.reference} (${reminder.title}): ${hoursPhrase(reminder.hoursLeft)} left to report to the ICO.`;
}

/** "A breach deadline is in 4 hours — unlock Breachlog" and the reference with the deadline's time. */
export function lockedReminderText(reminder: Pick<LockedReminder, 'reference' | 'hoursLeft' | 'deadline'>, timeZone: string): string {
  const headline =
    reminder.hoursLeft === 0 ? 'A breach deadline has passed — unlock Breachlog' : `A breach deadline is in ${hoursPhrase(reminder.hoursLeft)} — unlock Breachlog`;
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
