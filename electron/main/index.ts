import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ReminderScheduler } from '../services/clock/reminder-scheduler';
import { createDispatch } from '../services/dispatch';
import { showReminderNotifications } from './reminder-notifications';
import { createHandlers } from '../services/handlers/index';
import { RegisterSession } from '../services/register-session';
import { DataFolder } from '../services/security/data-folder';
import { registerIpcHandlers } from './ipc';
import { dialogSaver } from './dialog-saver';
import { osKeySource } from './safe-storage-key-source';
import { dialogPathChooser, startDesktopIdleLock } from './security-wiring';
import { APP_CSP, isTrustedSenderUrl, mainWindowOptions } from './window-options';

/** The thin desktop shell: window, menu, IPC wiring, key store and dialogs. Everything else is in services. */

let mainWindow: BrowserWindow | null = null;
const indexHtml = join(import.meta.dirname, '..', 'renderer', 'index.html');
const indexUrl = pathToFileURL(indexHtml).href;
const resourcesDir = app.isPackaged ? join(process.resourcesPath, 'resources') : join(app.getAppPath(), 'resources');

// Tests give each run its own data folder.
const userDataOverride = process.env['BREACHLOG_USER_DATA'];
if (userDataOverride) app.setPath('userData', userDataOverride);

app.enableSandbox();
app.setPath('crashDumps', join(app.getPath('temp'), 'breachlog-no-crash-dumps'));

const firstInstance = app.requestSingleInstanceLock();
if (!firstInstance) app.quit();

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});

app.on('second-instance', () => {
  if (mainWindow?.isMinimized()) mainWindow.restore();
  mainWindow?.focus();
});

app.on('window-all-closed', () => app.quit());

void app.whenReady().then(async () => {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [APP_CSP] } });
  });
  // Nothing leaves the machine: refuse every request that is not for the app's own files.
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !details.url.startsWith('file:') && !details.url.startsWith('devtools:') });
  });

  // A second instance only hands over to the first (see 'second-instance'); it touches nothing.
  if (!firstInstance) return;
  const userData = app.getPath('userData');
  // The real guard against two writers (the single-instance lock above only covers one userData
  // path per user): held before any key is made or file touched, dropped by the OS if we die.
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
  const handlers = createHandlers({
    session: registerSession,
    saveFile: dialogSaver(() => mainWindow),
    resourcesDir,
    choosePath: dialogPathChooser(() => mainWindow),
  });
  // The page asks for the session's state again on reload, so a lock from here shows at once.
  const stopIdleLock = startDesktopIdleLock(registerSession, () => mainWindow?.webContents.reload());
  registerIpcHandlers(ipcMain, createDispatch(handlers), (url) => isTrustedSenderUrl(url, indexUrl));
  const reminders = new ReminderScheduler({
    reminders: () => registerSession.current()?.reminders ?? null,
    clock: () => new Date(),
    notify: (fired) => showReminderNotifications(fired, () => mainWindow),
    setTimer: (callback, ms) => setTimeout(callback, ms),
    clearTimer: (handle) => clearTimeout(handle as NodeJS.Timeout),
  });
  reminders.start();
  app.on('will-quit', () => {
    reminders.stop();
    stopIdleLock();
    registerSession.close();
    dataFolder.release();
  });

  Menu.setApplicationMenu(
    Menu.buildFromTemplate([
      ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
      { role: 'fileMenu' },
      { role: 'editMenu' },
      { role: 'viewMenu' },
      { role: 'windowMenu' },
    ]),
  );

  mainWindow = new BrowserWindow(mainWindowOptions(join(import.meta.dirname, '..', 'preload', 'index.cjs')));
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadFile(indexHtml);
});
