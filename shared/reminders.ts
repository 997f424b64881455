import { z } from 'zod';
import { instantSchema } from './instant';

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

export function reminderText(reminder: Pick<Reminder, 'reference' | 'title' | 'hoursLeft'>): string {
  if (reminder.hoursLeft === 0) {
    return `${reminder.reference} (${reminder.title}): the 72-hour deadline to report to the ICO has passed. Report now, with the reasons for the delay.`;
  }
  const hours = reminder.hoursLeft === 1 ? '1 hour' : `${reminder.hoursLeft} hours`;
  return `${reminder.reference} (${reminder.title}): ${hours} left to report to the ICO.`;
}
