/**
 * What closing the window and closing the last window do, as Windows and macOS users expect:
 * - while a 72-hour clock runs, closing the window keeps Breachlog running in the tray or menu
 *   bar, so its reminders can still fire;
 * - otherwise closing the last window quits on Windows (and Linux), and leaves the app in the Dock
 *   on macOS, as macOS apps do.
 */
export function keepsRunningOnClose(state: { quitting: boolean; clockRunning: boolean }): boolean {
  return !state.quitting && state.clockRunning;
}

export function quitsWhenLastWindowCloses(platform: NodeJS.Platform): boolean {
  return platform !== 'darwin';
}
