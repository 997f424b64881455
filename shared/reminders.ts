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
  /** Whether the breach has been assessed: until it is, nobody knows yet that it must be reported. */
  assessed: z.boolean(),
});
export type Reminder = z.infer<typeof reminderSchema>;

/** What a reminder may say on a locked screen: never the title or any detail of the breach. */
export type LockedReminder = Omit<Reminder, 'title' | 'assessed'>;
