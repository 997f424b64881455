import { existsSync, writeFileSync } from 'node:fs';

/**
 * "Breachlog is still running" is said once, the first time the window closes into the tray;
 * the note that it was said is an empty-of-data file in the app's data folder.
 */
export function backgroundNoticeDue(path: string): boolean {
  return !existsSync(path);
}

export function markBackgroundNoticeShown(path: string, now: Date): void {
  writeFileSync(path, `${JSON.stringify({ shownAt: now.toISOString() })}\n`);
}

export const BACKGROUND_NOTICE = {
  title: 'Breachlog is still running',
  body: {
    win32: 'A 72-hour deadline is running, so Breachlog stays in the notification area to remind you. Open or quit it from the Breachlog icon there.',
    darwin: 'A 72-hour deadline is running, so Breachlog stays in the menu bar to remind you. Open or quit it from the Breachlog icon there.',
  },
} as const;

export function backgroundNoticeBody(platform: NodeJS.Platform): string {
  return platform === 'darwin' ? BACKGROUND_NOTICE.body.darwin : BACKGROUND_NOTICE.body.win32;
}
