import type { App } from 'electron';
import { join } from 'node:path';

/** The Windows AppUserModelID: toasts and the Start-menu shortcut belong to this id (the installer uses it too). */
export const APP_USER_MODEL_ID = 'uk.breachlog.desktop';

/** Before anything else: who the app is to the OS, where its data lives, no crash dumps. */
export function configureAppIdentity(app: App, platform: NodeJS.Platform, userDataOverride: string | undefined): void {
  if (platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
  // Tests give each run its own data folder.
  if (userDataOverride) app.setPath('userData', userDataOverride);
  app.enableSandbox();
  app.setPath('crashDumps', join(app.getPath('temp'), 'breachlog-no-crash-dumps'));
}
