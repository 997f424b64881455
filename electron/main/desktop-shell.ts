import type { Event } from 'electron';
import { app, BrowserWindow, dialog, Menu, nativeTheme, Notification, powerMonitor, screen } from 'electron';
import { join } from 'node:path';
import type { MenuCommand } from '../../shared/menu-commands';
import { MENU_COMMAND_CHANNEL } from '../../shared/menu-commands';
import { APP_INDEX_URL } from './app-protocol';
import { BACKGROUND_NOTICE, backgroundNoticeBody, backgroundNoticeDue, markBackgroundNoticeShown } from './background-notice';
import { keepsRunningOnClose, quitsWhenLastWindowCloses } from './close-behaviour';
import { aboutText, menuTemplate } from './menu-template';
import { confirmQuitWhileClockRuns } from './quit-confirmation';
import { TrayPresence } from './tray-presence';
import { mainWindowOptions } from './window-options';
import { readWindowState, windowPlacement, writeWindowState } from './window-state';
import { windowTitle } from './window-title';

export interface DesktopShellDeps {
  platform: NodeJS.Platform;
  preloadPath: string;
  resourcesDir: string;
  /** The app's data folder: the window's place and the once-only notice are kept there. */
  userData: string;
  /** True while a 72-hour clock runs: closing the window then keeps the app in the tray. */
  hasRunningClock: () => boolean;
  /** Locks the register at once (nothing happens if it is already locked). */
  lockRegister: () => void;
  clock: () => Date;
}

/** The window, menu, tray and quitting: how Breachlog behaves as a Windows or macOS app. */
export class DesktopShell {
  private window: BrowserWindow | null = null;
  private quitConfirmed = false;
  private askingToQuit = false;
  private readonly tray: TrayPresence;

  constructor(private readonly deps: DesktopShellDeps) {
    this.tray = new TrayPresence(deps.resourcesDir, deps.platform, {
      open: () => this.open(),
      lock: () => this.lock(),
      quit: () => app.quit(),
    });
  }

  /** The main window, or null when there is none (macOS, after it was closed). */
  current(): BrowserWindow | null {
    return this.window;
  }

  /** Quitting, reopening and a second start; call once at start-up. */
  install(): void {
    app.on('window-all-closed', () => {
      if (quitsWhenLastWindowCloses(this.deps.platform)) app.quit();
    });
    app.on('activate', () => this.open());
    app.on('second-instance', () => this.open());
    app.on('before-quit', (event) => this.beforeQuit(event));
    // The computer is shutting down or logging out: never hold it up with a question or a hidden window.
    powerMonitor.on('shutdown', () => this.allowQuit());
  }

  private allowQuit(): void {
    this.quitConfirmed = true;
  }

  setMenu(): void {
    const template = menuTemplate({
      platform: this.deps.platform,
      isPackaged: app.isPackaged,
      actions: { command: (command) => this.send(command), lock: () => this.lock(), about: () => void this.about(), quit: () => app.quit() },
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }

  /** Shows the window (making it if there is none) and takes the tray icon away. */
  open(): void {
    this.tray.hide();
    const window = this.window;
    // A new window shows itself when its page is ready.
    if (!window) {
      this.createWindow();
      return;
    }
    if (window.isMinimized()) window.restore();
    if (!window.isVisible()) window.show();
    window.focus();
  }

  /** Started at sign-in while a clock runs: only the tray icon, until the person opens the window. */
  startInBackground(): void {
    if (!this.window) this.tray.show();
  }

  lock(): void {
    this.deps.lockRegister();
    // The page asks for the session's state again on reload, so the lock screen shows at once.
    this.window?.webContents.reload();
  }

  private createWindow(): BrowserWindow {
    const statePath = join(this.deps.userData, 'window-state.json');
    const placement = windowPlacement(
      readWindowState(statePath),
      screen.getAllDisplays().map((display) => display.workArea),
      screen.getPrimaryDisplay().workArea,
    );
    const window = new BrowserWindow({
      ...mainWindowOptions(this.deps.preloadPath, { dark: nativeTheme.shouldUseDarkColors }),
      ...placement.bounds,
    });
    this.window = window;
    window.once('ready-to-show', () => {
      // maximize() would show the window before the page is ready.
      if (placement.maximised) window.maximize();
      window.show();
    });
    window.on('page-title-updated', (event, title) => {
      event.preventDefault();
      window.setTitle(windowTitle(title));
    });
    window.on('close', (event) => {
      // A place that cannot be saved (a full or read-only disk) must never stop the window closing.
      try {
        writeWindowState(statePath, { bounds: window.getNormalBounds(), maximised: window.isMaximized() });
      } catch {
        // The window opens at its default place next time.
      }
      if (!keepsRunningOnClose({ quitting: this.quitConfirmed, clockRunning: this.deps.hasRunningClock() })) return;
      event.preventDefault();
      window.hide();
      this.tray.show();
      void this.sayStillRunningOnce();
    });
    window.on('session-end', () => this.allowQuit());
    window.on('closed', () => {
      if (this.window === window) this.window = null;
    });
    void window.loadURL(APP_INDEX_URL);
    return window;
  }

  /** Menu items that need the page; a window still loading would miss the command, so it only opens. */
  private send(command: MenuCommand): void {
    const existing = this.window;
    this.open();
    if (existing && !existing.webContents.isLoading()) existing.webContents.send(MENU_COMMAND_CHANNEL, command);
  }

  private async about(): Promise<void> {
    const options = { type: 'info' as const, title: 'About Breachlog', ...aboutText(app.getVersion()), buttons: ['OK'], noLink: true };
    const window = this.window;
    await (window?.isVisible() ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
  }

  /** Every way of quitting (menu, tray, Dock) asks first while a deadline is running. */
  private beforeQuit(event: Event): void {
    if (this.quitConfirmed) return;
    if (!this.deps.hasRunningClock()) {
      this.quitConfirmed = true;
      return;
    }
    event.preventDefault();
    if (this.askingToQuit) return;
    this.askingToQuit = true;
    void confirmQuitWhileClockRuns(dialog, this.window)
      .then((quit) => {
        if (!quit) return;
        this.quitConfirmed = true;
        app.quit();
      })
      .finally(() => {
        this.askingToQuit = false;
      });
  }

  private async sayStillRunningOnce(): Promise<void> {
    const notePath = join(this.deps.userData, 'background-notice.json');
    if (!backgroundNoticeDue(notePath)) return;
    try {
      markBackgroundNoticeShown(notePath, this.deps.clock());
    } catch {
      // Said again next time, rather than not at all.
    }
    const body = backgroundNoticeBody(this.deps.platform);
    if (Notification.isSupported()) {
      new Notification({ title: BACKGROUND_NOTICE.title, body }).show();
    } else {
      await dialog.showMessageBox({ type: 'info', title: 'Breachlog', message: BACKGROUND_NOTICE.title, detail: body, buttons: ['OK'] });
    }
  }
}
