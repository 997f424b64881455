import type { BrowserWindow, Dialog, MessageBoxOptions } from 'electron';

export const QUIT_WHILE_RUNNING: MessageBoxOptions = {
  type: 'warning',
  title: 'Quit Breachlog?',
  message: 'A 72-hour deadline is still running.',
  detail:
    'If you quit, Breachlog cannot remind you before the ICO deadline until you open it again. ' +
    'Keep it running to get the reminders.',
  buttons: ['Keep Breachlog running', 'Quit anyway'],
  defaultId: 0,
  cancelId: 0,
  noLink: true,
};

/** Asks before quitting while a clock runs; true when the person chose to quit. */
export async function confirmQuitWhileClockRuns(dialog: Pick<Dialog, 'showMessageBox'>, window: BrowserWindow | null): Promise<boolean> {
  const answer = window && !window.isDestroyed() && window.isVisible()
    ? await dialog.showMessageBox(window, QUIT_WHILE_RUNNING)
    : await dialog.showMessageBox(QUIT_WHILE_RUNNING);
  return answer.response === 1;
}
