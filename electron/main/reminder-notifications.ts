import type { BrowserWindow } from 'electron';
import { Notification } from 'electron';
import { OPEN_INCIDENT_CHANNEL } from '../../shared/open-incident-event';
import type { ReminderNotice } from '../../shared/reminder-text';

/** Shown notifications, held so a click still reaches us after garbage collection would have dropped them. */
const shown = new Set<Notification>();

/**
 * A deadline reminder as a desktop notification; it shows with the window minimised or closed and
 * the register locked (the service has already made the text safe for a locked screen). A click
 * calls `onOpen` with the breach to show (null: the register).
 */
export function showReminderNotice(notice: ReminderNotice, onOpen: (incidentId: number | null) => void): void {
  if (!Notification.isSupported()) return;
  const notification = new Notification({ title: notice.heading, body: notice.body, urgency: 'critical' });
  shown.add(notification);
  notification.on('click', () => {
    shown.delete(notification);
    onOpen(notice.incidentId);
  });
  notification.on('close', () => shown.delete(notification));
  notification.show();
}

/** Brings the window forward and tells the page which breach to open (it waits for the unlock if need be). */
export function showWindowAtIncident(window: BrowserWindow, incidentId: number | null): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
  if (incidentId === null) return;
  const send = () => window.webContents.send(OPEN_INCIDENT_CHANNEL, incidentId);
  // A page still loading (it reloads on lock) hears it once it has loaded.
  if (window.webContents.isLoading()) window.webContents.once('did-finish-load', send);
  else send();
}
