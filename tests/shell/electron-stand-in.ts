/**
 * A stand-in for the `electron` module, for loading the built main process under Node where the
 * Electron binary cannot be installed. It implements only the APIs the shell calls, each typed
 * against Electron's own definitions (`Pick<Electron.X, …>`), and records what the shell did so a
 * test can look. Breachlog's own code runs for real: only the binary is stood in for.
 *
 * The test project aliases `electron` to this file; a test imports `standIn` from here to drive it.
 */
import { EventEmitter } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type Rectangle = Electron.Rectangle;

/** An Electron event: listeners may call preventDefault(). */
function electronEvent(): Electron.Event & { defaultPrevented: boolean } {
  const event = {
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

const REPO_ROOT = join(import.meta.dirname, '..', '..');

// ---------------------------------------------------------------- app

class StandInApp
  extends EventEmitter
  implements
    Pick<
      Electron.App,
      | 'isPackaged'
      | 'getPath'
      | 'setPath'
      | 'getAppPath'
      | 'getVersion'
      | 'whenReady'
      | 'isReady'
      | 'quit'
      | 'enableSandbox'
      | 'requestSingleInstanceLock'
      | 'setAppUserModelId'
      | 'setLoginItemSettings'
    >
{
  isPackaged = false;
  readonly paths = new Map<string, string>([['temp', tmpdir()]]);
  appUserModelId: string | null = null;
  sandboxEnabled = false;
  quitRequests = 0;
  closingForQuit = false;
  /** True once a quit went all the way through (not stopped by a `before-quit` listener or a window). */
  hasQuit = false;
  private ready = false;
  private markReady: () => void = () => undefined;
  private readonly readyPromise = new Promise<void>((resolve) => {
    this.markReady = resolve;
  });

  getPath(name: Parameters<Electron.App['getPath']>[0]): string {
    const path = this.paths.get(name);
    if (!path) throw new Error(`stand-in app.getPath: no path for "${name}"`);
    return path;
  }

  setPath(name: string, path: string): void {
    this.paths.set(name, path);
  }

  /** As for `electron .` from the repository: the folder with package.json. */
  getAppPath(): string {
    return REPO_ROOT;
  }

  /** Electron reads the app's package.json; so does this. */
  getVersion(): string {
    return (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  }

  whenReady(): Promise<void> {
    return this.readyPromise;
  }

  isReady(): boolean {
    return this.ready;
  }

  /** What the OS does when the app has started. */
  becomeReady(): void {
    this.ready = true;
    this.emit('ready', electronEvent(), {});
    this.markReady();
  }

  enableSandbox(): void {
    if (this.ready) throw new Error('app.enableSandbox() must be called before the app is ready');
    this.sandboxEnabled = true;
  }

  /** False when another copy of the app already holds the lock. */
  singleInstanceLockFree = true;

  requestSingleInstanceLock(): boolean {
    return this.singleInstanceLockFree;
  }

  setAppUserModelId(id: string): void {
    this.appUserModelId = id;
  }

  /** Every change to "open at sign-in", in order (Electron writes it to the OS). */
  readonly loginItemChanges: Electron.Settings[] = [];

  setLoginItemSettings(settings: Electron.Settings): void {
    this.loginItemChanges.push(settings);
  }

  /** As Electron: `before-quit` may stop it; then every window is asked to close, and any may refuse. */
  quit(): void {
    this.quitRequests += 1;
    const beforeQuit = electronEvent();
    this.emit('before-quit', beforeQuit);
    if (beforeQuit.defaultPrevented) return;
    // Closing windows for a quit does not emit `window-all-closed`.
    this.closingForQuit = true;
    try {
      for (const window of [...standIn.windows]) {
        if (!window.isDestroyed() && !window.close()) return;
      }
    } finally {
      this.closingForQuit = false;
    }
    const willQuit = electronEvent();
    this.emit('will-quit', willQuit);
    if (willQuit.defaultPrevented) return;
    this.hasQuit = true;
    this.emit('quit', electronEvent(), 0);
  }
}

// ---------------------------------------------------------------- windows

class StandInWebContents
  extends EventEmitter
  implements Pick<Electron.WebContents, 'send' | 'reload' | 'isLoading' | 'setWindowOpenHandler'>
{
  readonly sent: { channel: string; args: unknown[] }[] = [];
  reloads = 0;
  loading = true;
  windowOpenHandler: Parameters<Electron.WebContents['setWindowOpenHandler']>[0] | null = null;

  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }

  /** As Electron: the page loads again, and says so when it has. */
  reload(): void {
    this.reloads += 1;
    this.loading = true;
    setImmediate(() => {
      this.loading = false;
      this.emit('did-finish-load', electronEvent());
    });
  }

  isLoading(): boolean {
    return this.loading;
  }

  setWindowOpenHandler(handler: Parameters<Electron.WebContents['setWindowOpenHandler']>[0]): void {
    this.windowOpenHandler = handler;
  }
}

class StandInBrowserWindow
  extends EventEmitter
  implements
    Pick<
      Electron.BrowserWindow,
      | 'show'
      | 'hide'
      | 'focus'
      | 'isVisible'
      | 'isMinimized'
      | 'restore'
      | 'maximize'
      | 'isMaximized'
      | 'getNormalBounds'
      | 'setTitle'
      | 'getTitle'
      | 'loadURL'
      | 'isDestroyed'
    >
{
  readonly webContents = new StandInWebContents();
  readonly options: Electron.BrowserWindowConstructorOptions;
  loadedUrl: string | null = null;
  private visible = false;
  private minimised = false;
  private maximised = false;
  private destroyed = false;
  private bounds: Rectangle;
  private title: string;

  constructor(options: Electron.BrowserWindowConstructorOptions = {}) {
    super();
    this.options = options;
    this.bounds = { x: options.x ?? 0, y: options.y ?? 0, width: options.width ?? 800, height: options.height ?? 600 };
    this.title = options.title ?? 'Electron';
    standIn.windows.push(this);
    standIn.app.emit('web-contents-created', electronEvent(), this.webContents);
  }

  /** Resolves when the page has "loaded", then says it is ready to show, as Electron does. */
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    return new Promise((resolve) => {
      setImmediate(() => {
        this.webContents.loading = false;
        this.webContents.emit('did-finish-load', electronEvent());
        this.emit('ready-to-show', electronEvent());
        resolve();
      });
    });
  }

  show(): void {
    this.visible = true;
    this.minimised = false;
  }

  hide(): void {
    this.visible = false;
  }

  focus(): void {
    this.visible = true;
  }

  isVisible(): boolean {
    return this.visible;
  }

  isMinimized(): boolean {
    return this.minimised;
  }

  restore(): void {
    this.minimised = false;
    this.maximised = false;
  }

  /** Electron's maximize() also shows the window. */
  maximize(): void {
    this.maximised = true;
    this.visible = true;
  }

  isMaximized(): boolean {
    return this.maximised;
  }

  getNormalBounds(): Rectangle {
    return { ...this.bounds };
  }

  setTitle(title: string): void {
    this.title = title;
  }

  getTitle(): string {
    return this.title;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  /** What the window does when the page sets document.title (the default sets the window's title). */
  pageTitleUpdated(title: string): void {
    const event = electronEvent();
    this.emit('page-title-updated', event, title, true);
    if (!event.defaultPrevented) this.title = title;
  }

  /** Moves and resizes, as the person dragging the window would. */
  moveTo(bounds: Rectangle): void {
    this.bounds = { ...bounds };
  }

  /** The close button: `close` may be prevented; otherwise the window goes. Returns whether it closed. */
  close(): boolean {
    if (this.destroyed) return true;
    const event = electronEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return false;
    this.destroyed = true;
    this.visible = false;
    this.emit('closed');
    standIn.windows.splice(standIn.windows.indexOf(this), 1);
    if (standIn.windows.length === 0 && !standIn.app.closingForQuit) standIn.app.emit('window-all-closed');
    return true;
  }
}

// ---------------------------------------------------------------- menus, tray, notifications, dialogs

class StandInMenu {
  constructor(readonly template: Electron.MenuItemConstructorOptions[]) {}
}

const Menu = {
  application: null as StandInMenu | null,
  /** As Electron, refuses an item with none of label, role and type (Electron throws the same). */
  buildFromTemplate(template: Parameters<typeof Electron.Menu.buildFromTemplate>[0]): StandInMenu {
    const items = template.map((item) => item as Electron.MenuItemConstructorOptions);
    const check = (list: Electron.MenuItemConstructorOptions[]) => {
      for (const item of list) {
        if (item.label === undefined && item.role === undefined && item.type === undefined) {
          throw new TypeError('Invalid template for MenuItem: must have at least one of label, role or type');
        }
        if (Array.isArray(item.submenu)) check(item.submenu as Electron.MenuItemConstructorOptions[]);
      }
    };
    check(items);
    return new StandInMenu(items);
  },
  setApplicationMenu(value: StandInMenu | null): void {
    Menu.application = value;
  },
};

class StandInNativeImage implements Pick<Electron.NativeImage, 'isEmpty'> {
  constructor(readonly path: string) {}

  /** Electron gives an empty image for a missing or unreadable file; so does this (PNG only). */
  isEmpty(): boolean {
    if (!existsSync(this.path)) return true;
    return !readFileSync(this.path).subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  }
}

const nativeImage = {
  createFromPath: (path: string) => new StandInNativeImage(path),
} satisfies Record<'createFromPath', (path: string) => Pick<Electron.NativeImage, 'isEmpty'>>;

class StandInTray extends EventEmitter implements Pick<Electron.Tray, 'setToolTip' | 'destroy' | 'isDestroyed'> {
  toolTip = '';
  contextMenu: StandInMenu | null = null;
  private destroyed = false;

  constructor(readonly image: StandInNativeImage) {
    super();
    standIn.trays.push(this);
  }

  setToolTip(toolTip: string): void {
    this.toolTip = toolTip;
  }

  setContextMenu(value: StandInMenu | null): void {
    this.contextMenu = value;
  }

  destroy(): void {
    this.destroyed = true;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }
}

class StandInNotification extends EventEmitter implements Pick<Electron.Notification, 'show' | 'title' | 'body' | 'urgency'> {
  static supported = true;
  title: string;
  body: string;
  urgency: Electron.Notification['urgency'];

  static isSupported(): boolean {
    return StandInNotification.supported;
  }

  constructor(options: Electron.NotificationConstructorOptions = {}) {
    super();
    this.title = options.title ?? '';
    this.body = options.body ?? '';
    this.urgency = options.urgency ?? 'normal';
  }

  show(): void {
    standIn.notifications.push(this);
  }

  /** What the OS does when the person clicks the notification. */
  click(): void {
    this.emit('click', electronEvent());
  }
}

type MessageBoxOptions = Electron.MessageBoxOptions;

const dialog = {
  /** The button the person will press for each message box, in order; Cancel when none is left. */
  answers: [] as number[],
  shown: [] as MessageBoxOptions[],
  async showMessageBox(windowOrOptions: StandInBrowserWindow | MessageBoxOptions, maybeOptions?: MessageBoxOptions) {
    const options = windowOrOptions instanceof StandInBrowserWindow ? maybeOptions : windowOrOptions;
    if (!options) throw new Error('stand-in dialog.showMessageBox: no options');
    dialog.shown.push(options);
    const response = dialog.answers.shift() ?? options.cancelId ?? 0;
    return { response, checkboxChecked: false } satisfies Electron.MessageBoxReturnValue;
  },
  async showSaveDialog(): Promise<Electron.SaveDialogReturnValue> {
    return { canceled: true, filePath: '' };
  },
  async showOpenDialog(): Promise<Electron.OpenDialogReturnValue> {
    return { canceled: true, filePaths: [] };
  },
};

// ---------------------------------------------------------------- IPC, protocol, session

type InvokeHandler = (event: Electron.IpcMainInvokeEvent, ...args: unknown[]) => unknown;

const ipcMain = {
  handlers: new Map<string, InvokeHandler>(),
  handle(channel: string, handler: InvokeHandler): void {
    if (ipcMain.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    ipcMain.handlers.set(channel, handler);
  },
} satisfies Pick<Electron.IpcMain, 'handle'> & Record<string, unknown>;

type ProtocolHandler = Parameters<Electron.Protocol['handle']>[1];

const protocol = {
  privileged: [] as Electron.CustomScheme[],
  handlers: new Map<string, ProtocolHandler>(),
  registerSchemesAsPrivileged(schemes: Electron.CustomScheme[]): void {
    // Electron ignores (and warns about) a registration after ready; a test should see that as a fault.
    if (standIn.app.isReady()) throw new Error('protocol.registerSchemesAsPrivileged must be called before the app is ready');
    protocol.privileged.push(...schemes);
  },
  handle(scheme: string, handler: ProtocolHandler): void {
    if (!standIn.app.isReady()) throw new Error('protocol.handle must be called after the app is ready');
    protocol.handlers.set(scheme, handler);
  },
} satisfies Pick<Electron.Protocol, 'registerSchemesAsPrivileged' | 'handle'> & Record<string, unknown>;

type BeforeRequestListener = (details: Electron.OnBeforeRequestListenerDetails, callback: (response: Electron.CallbackResponse) => void) => void;
type HeadersReceivedListener = (
  details: Electron.OnHeadersReceivedListenerDetails,
  callback: (response: Electron.HeadersReceivedResponse) => void,
) => void;
type PermissionHandler = Parameters<Electron.Session['setPermissionRequestHandler']>[0];

const defaultSession = {
  permissionRequestHandler: null as PermissionHandler,
  beforeRequest: null as BeforeRequestListener | null,
  headersReceived: null as HeadersReceivedListener | null,
  setPermissionRequestHandler(handler: PermissionHandler): void {
    defaultSession.permissionRequestHandler = handler;
  },
  webRequest: {
    onBeforeRequest(listener: BeforeRequestListener | null): void {
      defaultSession.beforeRequest = listener;
    },
    onHeadersReceived(listener: HeadersReceivedListener | null): void {
      defaultSession.headersReceived = listener;
    },
  },
};
const session = { defaultSession } satisfies Record<'defaultSession', Pick<Electron.Session, 'setPermissionRequestHandler'> & Record<string, unknown>>;

// ---------------------------------------------------------------- OS services

const nativeTheme = {
  themeSource: 'system' as Electron.NativeTheme['themeSource'],
  shouldUseDarkColors: false,
} satisfies Pick<Electron.NativeTheme, 'themeSource' | 'shouldUseDarkColors'>;

class StandInPowerMonitor extends EventEmitter implements Pick<Electron.PowerMonitor, 'getSystemIdleTime'> {
  idleSeconds = 0;

  getSystemIdleTime(): number {
    return this.idleSeconds;
  }
}
const powerMonitor = new StandInPowerMonitor();

/** Not the OS's protection: a reversible wrapping, so the shell's key-store path runs end to end. */
const safeStorage = {
  available: true,
  backend: 'gnome_libsecret' as ReturnType<Electron.SafeStorage['getSelectedStorageBackend']>,
  async isAsyncEncryptionAvailable(): Promise<boolean> {
    return safeStorage.available;
  },
  getSelectedStorageBackend(): ReturnType<Electron.SafeStorage['getSelectedStorageBackend']> {
    return safeStorage.backend;
  },
  async encryptStringAsync(plainText: string): Promise<Buffer> {
    return Buffer.from(`stand-in:${plainText}`, 'utf8');
  },
  async decryptStringAsync(encrypted: Buffer): Promise<{ shouldReEncrypt: boolean; result: string }> {
    const text = encrypted.toString('utf8');
    if (!text.startsWith('stand-in:')) throw new Error('stand-in safeStorage: not wrapped by this stand-in');
    return { shouldReEncrypt: false, result: text.slice('stand-in:'.length) };
  },
} satisfies Pick<Electron.SafeStorage, 'isAsyncEncryptionAvailable' | 'getSelectedStorageBackend' | 'encryptStringAsync' | 'decryptStringAsync'> &
  Record<string, unknown>;

function display(id: number, workArea: Rectangle): Electron.Display {
  return { id, workArea, bounds: workArea, workAreaSize: { width: workArea.width, height: workArea.height } } as Electron.Display;
}

const screen = {
  displays: [display(1, { x: 0, y: 0, width: 1366, height: 728 })],
  getAllDisplays(): Electron.Display[] {
    return screen.displays;
  },
  getPrimaryDisplay(): Electron.Display {
    const primary = screen.displays[0];
    if (!primary) throw new Error('stand-in screen: no displays');
    return primary;
  },
  /** The displays the "computer" has, the first being the primary one. */
  setWorkAreas(areas: Rectangle[]): void {
    screen.displays = areas.map((area, index) => display(index + 1, area));
  },
} satisfies Pick<Electron.Screen, 'getAllDisplays' | 'getPrimaryDisplay'> & Record<string, unknown>;

// ---------------------------------------------------------------- the module's exports

const app = new StandInApp();

/** What a test drives and inspects. */
export const standIn = {
  app,
  windows: [] as StandInBrowserWindow[],
  trays: [] as StandInTray[],
  notifications: [] as StandInNotification[],
  menu: Menu,
  dialog,
  ipcMain,
  protocol,
  session: defaultSession,
  screen,
  safeStorage,
  nativeTheme,
  powerMonitor,
  Notification: StandInNotification,
  /** The contract channel called as the page at `senderUrl` would call it. */
  async invoke(channel: string, senderUrl: string, payload: unknown): Promise<unknown> {
    const handler = ipcMain.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    const event = { senderFrame: { url: senderUrl } } as unknown as Electron.IpcMainInvokeEvent;
    return handler(event, payload);
  },
  /** A request from the page for an `app://` (or other registered scheme) URL. */
  async fetch(url: string): Promise<Response> {
    const scheme = url.slice(0, url.indexOf(':'));
    const handler = protocol.handlers.get(scheme);
    if (!handler) throw new Error(`No protocol handler for '${scheme}'`);
    return handler(new Request(url));
  },
  /** Whether the session's request filter lets a request through. */
  requestAllowed(url: string): boolean {
    const listener = defaultSession.beforeRequest;
    if (!listener) throw new Error('No onBeforeRequest listener');
    let cancel: boolean | undefined;
    listener({ url } as Electron.OnBeforeRequestListenerDetails, (response) => {
      cancel = response.cancel;
    });
    return cancel === false;
  },
};

export { app, dialog, ipcMain, Menu, nativeImage, nativeTheme, powerMonitor, protocol, safeStorage, screen, session };
export { StandInBrowserWindow as BrowserWindow, StandInNotification as Notification, StandInTray as Tray };
