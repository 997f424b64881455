import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/menu-commands';
import { accelerator } from '../../shared/shortcuts';
import { ICO_HELPLINE, ICO_HELPLINE_HOURS, ICO_REPORT_ADDRESS } from './ico-contact';

export interface MenuActions {
  /** Asks the page to do something only it can (open a screen, print what it shows). */
  command: (command: MenuCommand) => void;
  lock: () => void;
  about: () => void;
  /** Quits, asking first while a deadline is running. */
  quit: () => void;
}

export interface MenuContext {
  platform: NodeJS.Platform;
  /** A packaged build has no reload and no developer tools. */
  isPackaged: boolean;
  actions: MenuActions;
}

/** The application menu, as data: built without Electron so a test can read every item. */
export function menuTemplate({ platform, isPackaged, actions }: MenuContext): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  // Alt+F and so on open the menus on Windows; macOS menus have no access keys.
  const title = (label: string) => (mac ? label.replace('&', '') : label);
  const quit: MenuItemConstructorOptions = { label: mac ? 'Quit Breachlog' : 'Quit', accelerator: 'CmdOrCtrl+Q', click: () => actions.quit() };
  const about: MenuItemConstructorOptions = { label: 'About Breachlog', click: () => actions.about() };
  const development: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [{ type: 'separator' }, { role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }];

  return [
    ...(mac
      ? [
          {
            label: 'Breachlog',
            submenu: [about, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, quit],
          } satisfies MenuItemConstructorOptions,
        ]
      : []),
    {
      label: title('&File'),
      submenu: [
        { label: 'New breach', accelerator: accelerator('newBreach'), click: () => actions.command('new-breach') },
        { label: 'Print…', accelerator: accelerator('print'), click: () => actions.command('print') },
        { type: 'separator' },
        { label: 'Back up now…', click: () => actions.command('back-up') },
        { label: 'Lock', accelerator: accelerator('lock'), click: () => actions.lock() },
        { type: 'separator' },
        mac ? { role: 'close' } : quit,
      ],
    },
    {
      label: title('&Edit'),
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        { label: 'Search the register', accelerator: accelerator('search'), click: () => actions.command('search') },
      ],
    },
    {
      label: title('&View'),
      submenu: [
        // The navigation pane's places, with the keys its tooltips show.
        { label: 'Register', accelerator: accelerator('register'), click: () => actions.command('go-register') },
        { label: 'Dashboard', accelerator: accelerator('dashboard'), click: () => actions.command('go-dashboard') },
        { label: 'Audit pack', accelerator: accelerator('auditPack'), click: () => actions.command('go-audit-pack') },
        { label: 'Security', accelerator: accelerator('security'), click: () => actions.command('go-security') },
        { label: 'Settings', accelerator: accelerator('settings'), click: () => actions.command('go-settings') },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...development,
      ],
    },
    { label: title('&Window'), role: 'windowMenu' },
    {
      label: title('&Help'),
      role: 'help',
      submenu: [
        ...(mac ? [] : [about, { type: 'separator' } satisfies MenuItemConstructorOptions]),
        // Text, not links: the app never opens a browser.
        { label: `ICO helpline: ${ICO_HELPLINE} (${ICO_HELPLINE_HOURS})`, enabled: false },
        { label: `Report a breach to the ICO at ${ICO_REPORT_ADDRESS}`, enabled: false },
      ],
    },
  ];
}

/** The About box's text: the version, and how to reach the ICO. */
export function aboutText(version: string): { message: string; detail: string } {
  return {
    message: `Breachlog ${version}`,
    detail:
      'A personal data breach register, risk assessment and 72-hour clock. Your register stays on this computer.\n\n' +
      `To report a breach, call the ICO helpline on ${ICO_HELPLINE} (${ICO_HELPLINE_HOURS}) ` +
      `or go to ${ICO_REPORT_ADDRESS} in your web browser.`,
  };
}

export interface TrayActions {
  open: () => void;
  lock: () => void;
  /** Quits, asking first while a deadline is running. */
  quit: () => void;
}

/** The tray (Windows) or menu-bar (macOS) icon's menu. */
export function trayMenuTemplate(actions: TrayActions): MenuItemConstructorOptions[] {
  return [
    { label: 'Open Breachlog', click: () => actions.open() },
    { label: 'Lock', click: () => actions.lock() },
    { type: 'separator' },
    { label: 'Quit Breachlog', click: () => actions.quit() },
  ];
}
