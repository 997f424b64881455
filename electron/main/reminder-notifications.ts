import type { BrowserWindow } from 'electron';
import { Notification } from 'electron';
import type { Reminder } from '../../shared/reminders';
import { reminderText } from '../../shared/reminders';

/** Desktop notifications for deadline reminders; they show even with the window minimised. */
export function showReminderNotifications(reminders: Reminder[], getWindow: () => BrowserWindow | null): void {
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
  notification.on('click', () => {
    const window = getWindow();
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });
  notification.show();
}
