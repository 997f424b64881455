import { app, dialog, ipcMain, nativeTheme, protocol, session } from 'electron';
import { join } from 'node:path';
import type { ReminderService } from '../services/clock/reminder-service';
import { startReminderService, withReminderCheck } from '../services/clock/reminder-service';
import { createDispatch } from '../services/dispatch';
import { createHandlers } from '../services/handlers/index';
import { builtBackupWorker } from '../services/backup/backup-worker-script';
import { RegisterSession } from '../services/register-session';
import { configureAppIdentity } from './app-identity';
import { APP_INDEX_URL, registerAppScheme, serveAppFiles } from './app-protocol';
import { DesktopShell } from './desktop-shell';
import { DataFolder } from '../services/security/data-folder';
import { dialogSaver } from './dialog-saver';
import { registerIpcHandlers } from './ipc';
import { showReminderNotice, showWindowAtIncident } from './reminder-notifications';
import { osKeySource } from './safe-storage-key-source';
import { dialogPathChooser, startDesktopIdleLock } from './security-wiring';
import { hardenWebContents, secureSession } from './web-hardening';
import { isTrustedSenderUrl } from './window-options';

/**
 * The thin desktop shell, in start-up order. Everything else is in services.
 *   1. before ready: identity, the app:// scheme, one instance, hardened pages
 *   2. when ready:   session security, app:// files, the register, IPC, the desktop shell, reminders
 */

const rendererDir = join(import.meta.dirname, '..', 'renderer');
const preloadPath = join(import.meta.dirname, '..', 'preload', 'index.cjs');
// The backup's thread, built beside this file (inside app.asar when packaged, like this file).
const backupWorker = builtBackupWorker(import.meta.dirname);
const resourcesDir = app.isPackaged ? join(process.resourcesPath, 'resources') : join(app.getAppPath(), 'resources');

// 1. Before ready.
configureAppIdentity(app, process.platform, process.env['BREACHLOG_USER_DATA']);
registerAppScheme(protocol);
// A second copy only hands over to the first (which shows its window) and never opens the register.
const isFirstInstance = app.requestSingleInstanceLock();
if (!isFirstInstance) app.quit();
hardenWebContents(app);

if (isFirstInstance) void app.whenReady().then(start);

async function start(): Promise<void> {
  // 2. When ready: the page's security first.
  nativeTheme.themeSource = 'system';
  secureSession(session.defaultSession, !app.isPackaged);
  serveAppFiles(protocol, rendererDir);

  // The register: whatever must hold before it opens (its data folder, its key source) comes first.
  const userData = app.getPath('userData');
  // The real guard against two writers (the single-instance lock only covers one userData path per
  // user): held before any key is made or file touched, dropped by the OS if we die.
  let dataFolder: DataFolder;
  try {
    dataFolder = DataFolder.acquire(userData);
  } catch (error) {
    dialog.showErrorBox('Breachlog', error instanceof Error ? error.message : 'Breachlog could not open its data folder.');
    app.quit();
    return;
  }
  const registerSession = new RegisterSession(
    join(userData, 'register.db'),
    await osKeySource(join(userData, 'register-key.bin')),
    undefined,
    dataFolder,
  );

  // The desktop shell: window, menu, tray, quitting.
  let reminders: ReminderService | null = null;
  const shell = new DesktopShell({
    platform: process.platform,
    preloadPath,
    resourcesDir,
    userData,
    // The reminder schedule knows the running clocks while the register is locked too.
    hasRunningClock: () => reminders?.hasRunningClock() ?? false,
    lockRegister: () => {
      if (registerSession.unlocked()) registerSession.lock('on_request');
    },
    clock: () => new Date(),
  });
  shell.install();

  // The services, reached only through the contract.
  const handlers = createHandlers({
    session: registerSession,
    saveFile: dialogSaver(() => shell.current()),
    resourcesDir,
    choosePath: dialogPathChooser(() => shell.current()),
    backupWorker,
  });
  // Locking and reminders, which run with or without a window.
  const stopIdleLock = startDesktopIdleLock(registerSession, () => shell.current()?.webContents.reload());
  reminders = startReminderService({
    dataDir: userData,
    openRegister: () => registerSession.current(),
    clock: () => new Date(),
    notify: (notice) =>
      showReminderNotice(notice, (incidentId) => {
        shell.open();
        const window = shell.current();
        if (window) showWindowAtIncident(window, incidentId);
      }),
    setTimer: (callback, ms) => setTimeout(callback, ms),
    clearTimer: (handle) => clearTimeout(handle as NodeJS.Timeout),
    // A start at sign-in opens to the tray, not a window (`--hidden`); development builds never register.
    applyOpenAtLogin: (openAtLogin) => {
      if (app.isPackaged) app.setLoginItemSettings({ openAtLogin, args: ['--hidden'] });
    },
  });
  const reminderService = reminders;
  // Every operation that changes a clock rewrites the reminder schedule at once.
  registerIpcHandlers(ipcMain, withReminderCheck(createDispatch(handlers), reminderService), (url) => isTrustedSenderUrl(url, APP_INDEX_URL));
  app.on('will-quit', () => {
    reminderService.stop();
    stopIdleLock();
    registerSession.close();
    dataFolder.release();
  });

  shell.setMenu();
  // A start at sign-in (`--hidden`) waits in the tray while a clock runs, and opens a window otherwise.
  if (process.argv.includes('--hidden') && reminderService.hasRunningClock()) shell.startInBackground();
  else shell.open();
}
