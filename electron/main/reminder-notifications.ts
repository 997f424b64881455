import { Notification } from 'electron';
import type { Reminder } from '../../shared/reminders';
import { reminderText } from '../../shared/reminders';

/** Desktop notifications for deadline reminders; they show even with the window minimised. */
export function showReminderNotifications(reminders: Reminder[], openWindow: () => void): void {
  if (!Notification.isSupported()) return;
  const missed = reminders.some((reminder) => reminder.missed);
  const body =
    reminders.length === 1 && reminders[0]
      ? reminderText(reminders[0])
      : `${reminders.length} breaches need attention: ${reminders.map((r) => r.reference).join(', ')}.`;
  const notification = new Notification({
    title: missed ? 'Breachlog: deadline reminders you missed' : 'Breachlog: ICO deadline',
    body,
    urgency: 'critical',
  });
  // The window may be hidden (Breachlog in the tray): opening shows it again.
  notification.on('click', () => openWindow());
  notification.show();
}
