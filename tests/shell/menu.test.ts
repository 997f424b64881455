import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { MENU_COMMAND_CHANNEL } from '../../shared/menu-commands';
import type { Shell } from './load-shell';
import { call, removeUserDataFolders, startBuiltShell, stopBuiltShell, until } from './load-shell';
import { allItems, click, itemLabelled, openRegister } from './shell-helpers';

const DEVELOPER_ROLES = ['reload', 'forcereload', 'toggledevtools'];
const rolesOf = (shell: Shell) => allItems(shell.menu.application?.template ?? []).map((item) => item.role?.toLowerCase());
const template = (shell: Shell) => shell.menu.application?.template ?? [];

describe('the application menu', () => {
  let shell: Shell | undefined;
  afterEach(() => {
    stopBuiltShell(shell);
    shell = undefined;
  });
  afterAll(removeUserDataFolders);

  it('has no reload or developer tools in a packaged build', async () => {
    ({ shell } = await startBuiltShell({ platform: 'win32', isPackaged: true }));
    const roles = rolesOf(shell);
    for (const role of DEVELOPER_ROLES) expect(roles).not.toContain(role);
    expect(allItems(template(shell)).some((item) => /develop|reload/i.test(item.label ?? ''))).toBe(false);
    // Nor the default menu's, which has both.
    expect(shell.menu.application).not.toBeNull();
  });

  it('keeps reload and developer tools in development', async () => {
    ({ shell } = await startBuiltShell({ platform: 'win32', isPackaged: false }));
    expect(rolesOf(shell)).toEqual(expect.arrayContaining(DEVELOPER_ROLES));
  });

  it('File, Edit, View, Window, Help on Windows, with the shortcuts a Windows user expects', async () => {
    ({ shell } = await startBuiltShell({ platform: 'win32', isPackaged: true }));
    expect(template(shell).map((menu) => menu.label)).toEqual(['&File', '&Edit', '&View', '&Window', '&Help']);
    const items = template(shell);
    expect(itemLabelled(items, 'New breach').accelerator).toBe('CmdOrCtrl+N');
    expect(itemLabelled(items, 'Print…').accelerator).toBe('CmdOrCtrl+P');
    expect(itemLabelled(items, 'Lock').accelerator).toBe('CmdOrCtrl+L');
    expect(itemLabelled(items, 'Search the register').accelerator).toBe('CmdOrCtrl+F');
    expect(itemLabelled(items, 'Quit').accelerator).toBe('CmdOrCtrl+Q');
    expect(itemLabelled(items, 'Back up now…')).toBeDefined();
    // View: the navigation pane's places, with the keys its tooltips show (shared/shortcuts.ts).
    expect(itemLabelled(items, 'Register').accelerator).toBe('CmdOrCtrl+1');
    expect(itemLabelled(items, 'Dashboard').accelerator).toBe('CmdOrCtrl+2');
    expect(itemLabelled(items, 'Audit pack').accelerator).toBe('CmdOrCtrl+3');
    expect(itemLabelled(items, 'Security').accelerator).toBe('CmdOrCtrl+4');
    expect(itemLabelled(items, 'Settings').accelerator).toBe('CmdOrCtrl+,');
    expect(rolesOf(shell)).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectall', 'zoomin', 'zoomout', 'resetzoom', 'togglefullscreen']));
  });

  it('on macOS, the app menu comes first with About and Quit', async () => {
    ({ shell } = await startBuiltShell({ platform: 'darwin', isPackaged: true }));
    const [appMenu] = template(shell);
    expect(template(shell).map((menu) => menu.label)).toEqual(['Breachlog', 'File', 'Edit', 'View', 'Window', 'Help']);
    const items = template(shell);
    expect(itemLabelled(items, 'Quit Breachlog').accelerator).toBe('CmdOrCtrl+Q');
    expect(itemLabelled([appMenu ?? {}], 'About Breachlog')).toBeDefined();
    expect(rolesOf(shell)).toContain('close');
  });

  it('sends the page only the fixed commands, on the one menu channel', async () => {
    ({ shell } = await startBuiltShell({ platform: 'win32', isPackaged: true }));
    const items = template(shell);
    for (const [label, command] of [
      ['New breach', 'new-breach'],
      ['Print…', 'print'],
      ['Back up now…', 'back-up'],
      ['Search the register', 'search'],
    ] as const) {
      click(itemLabelled(items, label));
      expect(shell.windows[0]?.webContents.sent.at(-1)).toEqual({ channel: MENU_COMMAND_CHANNEL, args: [command] });
    }
  });

  it('brings a hidden window back before sending it a command', async () => {
    ({ shell } = await startBuiltShell({ platform: 'win32' }));
    shell.windows[0]?.hide();
    click(itemLabelled(template(shell), 'New breach'));
    expect(shell.windows[0]?.isVisible()).toBe(true);
    expect(shell.windows[0]?.webContents.sent.at(-1)?.args).toEqual(['new-breach']);
  });

  it('Lock locks the register and reloads the page', async () => {
    ({ shell } = await startBuiltShell({ platform: 'win32' }));
    await openRegister(shell);
    click(itemLabelled(template(shell), 'Lock'));
    expect(await call(shell, 'session:status', {})).toMatchObject({ ok: true, value: { state: 'locked' } });
    expect(shell.windows[0]?.webContents.reloads).toBe(1);
  });

  it('Help shows the ICO’s helpline and web address as text, and About shows the version', async () => {
    ({ shell } = await startBuiltShell({ platform: 'win32', isPackaged: true }));
    const help = template(shell).find((menu) => menu.label === '&Help');
    const labels = allItems([help ?? {}]).map((item) => item.label ?? '');
    expect(labels).toContain('ICO helpline: 0303 123 1113 (Monday to Friday, 9:00 to 17:00)');
    expect(labels).toContain('Report a breach to the ICO at ico.org.uk/for-organisations/report-a-breach');
    // Text only: nothing there opens a browser.
    for (const item of allItems([help ?? {}]).filter((item) => /ICO/.test(item.label ?? ''))) {
      expect(item.click).toBeUndefined();
      expect(item.enabled).toBe(false);
    }
    click(itemLabelled(template(shell), 'About Breachlog'));
    await until(() => shell?.dialog.shown.length === 1, 'the About box');
    const version = (JSON.parse(readFileSync(join(shell.app.getAppPath(), 'package.json'), 'utf8')) as { version: string }).version;
    expect(shell.dialog.shown[0]?.message).toBe(`Breachlog ${version}`);
    expect(shell.dialog.shown[0]?.detail).toContain('0303 123 1113');
    expect(shell.dialog.shown[0]?.detail).toContain('ico.org.uk/for-organisations/report-a-breach');
  });

  it('the built main process never opens a browser', () => {
    const built = readFileSync(join(import.meta.dirname, '..', '..', 'out', 'main', 'index.js'), 'utf8');
    const fromElectron = [...built.matchAll(/import \{([^}]*)\} from "electron"/g)].flatMap((match) => (match[1] ?? '').split(',').map((name) => name.trim()));
    expect(fromElectron).toContain('BrowserWindow');
    expect(fromElectron).not.toContain('shell');
    expect(built).not.toMatch(/openExternal|openPath|showItemInFolder/);
  });
});

describe('the window title', () => {
  let shell: Shell | undefined;
  afterEach(() => {
    stopBuiltShell(shell);
    shell = undefined;
  });
  afterAll(removeUserDataFolders);

  it('follows the page’s title and always names the product', async () => {
    ({ shell } = await startBuiltShell({ platform: 'win32' }));
    const window = shell.windows[0];
    expect(window?.getTitle()).toBe('Breachlog');
    window?.pageTitleUpdated('BR-2026-0007 – Laptop left on a train');
    expect(window?.getTitle()).toBe('BR-2026-0007 – Laptop left on a train – Breachlog');
    window?.pageTitleUpdated('Register – Breachlog');
    expect(window?.getTitle()).toBe('Register – Breachlog');
    window?.pageTitleUpdated('');
    expect(window?.getTitle()).toBe('Breachlog');
  });
});
