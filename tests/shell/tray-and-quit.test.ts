import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Shell } from './load-shell';
import { call, removeUserDataFolders, startBuiltShell, stopBuiltShell, until } from './load-shell';
import { click, itemLabelled, openRegister, startAClock } from './shell-helpers';

function trayMenu(shell: Shell): Electron.MenuItemConstructorOptions[] {
  const tray = shell.trays.at(-1);
  if (!tray?.contextMenu) throw new Error('No tray menu');
  return tray.contextMenu.template;
}

const liveTrays = (shell: Shell) => shell.trays.filter((tray) => !tray.isDestroyed());

describe('closing the window and quitting', () => {
  let shell: Shell | undefined;
  afterEach(() => {
    stopBuiltShell(shell);
    shell = undefined;
  });
  afterAll(removeUserDataFolders);

  it('on Windows, with no clock running, closing the window quits', async () => {
    ({ shell } = await startBuiltShell({ platform: 'win32' }));
    await openRegister(shell);
    expect(shell.windows[0]?.close()).toBe(true);
    expect(shell.app.hasQuit).toBe(true);
    expect(shell.trays).toHaveLength(0);
    expect(shell.dialog.shown).toHaveLength(0);
  });

  it('on macOS, with no clock running, closing the window leaves the app in the Dock; the Dock icon opens a new window', async () => {
    ({ shell } = await startBuiltShell({ platform: 'darwin' }));
    await openRegister(shell);
    expect(shell.windows[0]?.close()).toBe(true);
    expect(shell.app.hasQuit).toBe(false);
    expect(shell.windows).toHaveLength(0);
    expect(shell.trays).toHaveLength(0);
    shell.app.emit('activate');
    expect(shell.windows).toHaveLength(1);
    await until(() => shell?.windows[0]?.isVisible() === true, 'the new window');
  });

  it('while a clock runs, closing the window keeps Breachlog in the tray and says so once', async () => {
    let userData: string;
    ({ shell, userData } = await startBuiltShell({ platform: 'win32' }));
    await openRegister(shell);
    await startAClock(shell);
    const window = shell.windows[0];

    expect(window?.close()).toBe(false);
    expect(window?.isVisible()).toBe(false);
    expect(shell.app.hasQuit).toBe(false);
    expect(liveTrays(shell)).toHaveLength(1);
    const tray = liveTrays(shell)[0];
    expect(tray?.image.path).toBe(join(shell.app.getAppPath(), 'resources', 'tray-icon.png'));
    expect(tray?.image.isEmpty()).toBe(false);
    expect(tray?.toolTip).toMatch(/72-hour deadline/);
    expect(trayMenu(shell).map((item) => item.label ?? item.type)).toEqual(['Open Breachlog', 'Lock', 'separator', 'Quit Breachlog']);
    await until(() => shell?.notifications.length === 1, 'the notice');
    expect(shell.notifications[0]?.title).toBe('Breachlog is still running');
    expect(shell.notifications[0]?.body).toMatch(/notification area/);
    // What is remembered holds no data from the register.
    expect(readFileSync(join(userData, 'background-notice.json'), 'utf8')).toMatch(/^\{"shownAt":"[^"]+"\}\n$/);

    // Open from the tray: the same window comes back and the icon goes.
    click(itemLabelled(trayMenu(shell), 'Open Breachlog'));
    expect(window?.isVisible()).toBe(true);
    expect(shell.windows).toHaveLength(1);
    expect(liveTrays(shell)).toHaveLength(0);

    // Closing again: back to the tray, without saying it again.
    expect(window?.close()).toBe(false);
    expect(liveTrays(shell)).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(shell.notifications).toHaveLength(1);

    // Nor after a restart.
    stopBuiltShell(shell);
    ({ shell } = await startBuiltShell({ platform: 'win32', userData }));
    await openRegister(shell);
    expect(shell.windows[0]?.close()).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(shell.notifications).toHaveLength(0);
    expect(shell.dialog.shown).toHaveLength(0);
  });

  it('a clock whose deadline has passed keeps nothing running: closing the window quits', async () => {
    ({ shell } = await startBuiltShell({ platform: 'win32' }));
    await openRegister(shell);
    await startAClock(shell, 73);
    expect(shell.windows[0]?.close()).toBe(true);
    expect(shell.app.hasQuit).toBe(true);
    expect(shell.trays).toHaveLength(0);
  });

  it('on macOS, while a clock runs, closing the window keeps Breachlog in the menu bar with a template icon', async () => {
    ({ shell } = await startBuiltShell({ platform: 'darwin' }));
    await openRegister(shell);
    await startAClock(shell);
    expect(shell.windows[0]?.close()).toBe(false);
    expect(liveTrays(shell)[0]?.image.path).toMatch(/tray-iconTemplate\.png$/);
    expect(liveTrays(shell)[0]?.image.isEmpty()).toBe(false);
    await until(() => shell?.notifications.length === 1, 'the notice');
    expect(shell.notifications[0]?.body).toMatch(/menu bar/);
  });

  it('says it once in a dialog where notifications are not supported', async () => {
    ({ shell } = await startBuiltShell({ platform: 'win32', prepare: (s) => (s.Notification.supported = false) }));
    await openRegister(shell);
    await startAClock(shell);
    shell.windows[0]?.close();
    await until(() => shell?.dialog.shown.length === 1, 'the notice');
    expect(shell.dialog.shown[0]?.message).toBe('Breachlog is still running');
  });

  it('quitting from the tray while a clock runs asks first; "Keep Breachlog running" keeps it', async () => {
    ({ shell } = await startBuiltShell({ platform: 'win32' }));
    await openRegister(shell);
    await startAClock(shell);
    shell.windows[0]?.close();

    shell.dialog.answers.push(0);
    click(itemLabelled(trayMenu(shell), 'Quit Breachlog'));
    await until(() => shell?.dialog.shown.some((box) => box.title === 'Quit Breachlog?') === true, 'the question');
    const question = shell.dialog.shown.find((box) => box.title === 'Quit Breachlog?');
    expect(question?.message).toBe('A 72-hour deadline is still running.');
    expect(question?.buttons).toEqual(['Keep Breachlog running', 'Quit anyway']);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(shell.app.hasQuit).toBe(false);
    expect(liveTrays(shell)).toHaveLength(1);

    shell.dialog.answers.push(1);
    click(itemLabelled(trayMenu(shell), 'Quit Breachlog'));
    await until(() => shell?.app.hasQuit === true, 'the quit');
    expect(shell.dialog.shown.filter((box) => box.title === 'Quit Breachlog?')).toHaveLength(2);
  });

  it('asks only once when Quit is chosen twice while the question is open', async () => {
    ({ shell } = await startBuiltShell({ platform: 'win32' }));
    await openRegister(shell);
    await startAClock(shell);
    shell.dialog.answers.push(1);
    shell.app.quit();
    shell.app.quit();
    await until(() => shell?.app.hasQuit === true, 'the quit');
    expect(shell.dialog.shown.filter((box) => box.title === 'Quit Breachlog?')).toHaveLength(1);
  });

  for (const [name, signal] of [
    ['macOS shuts down or logs out', (shell: Shell) => shell.powerMonitor.emit('shutdown', { preventDefault: () => undefined })],
    ['Windows ends the session', (shell: Shell) => shell.windows[0]?.emit('session-end', { preventDefault: () => undefined })],
  ] as const) {
    it(`quits without asking or hiding when ${name}, even while a clock runs`, async () => {
      ({ shell } = await startBuiltShell({ platform: name.startsWith('macOS') ? 'darwin' : 'win32' }));
      await openRegister(shell);
      await startAClock(shell);
      signal(shell);
      shell.app.quit();
      expect(shell.app.hasQuit).toBe(true);
      expect(shell.dialog.shown).toHaveLength(0);
      expect(shell.trays).toHaveLength(0);
    });
  }

  it('quits without asking when no clock runs', async () => {
    ({ shell } = await startBuiltShell({ platform: 'darwin' }));
    await openRegister(shell);
    shell.app.quit();
    expect(shell.app.hasQuit).toBe(true);
    expect(shell.dialog.shown).toHaveLength(0);
  });

  it('the tray’s Lock locks the register and reloads the page onto the lock screen', async () => {
    ({ shell } = await startBuiltShell({ platform: 'win32' }));
    await openRegister(shell);
    await startAClock(shell);
    shell.windows[0]?.close();
    const reloads = shell.windows[0]?.webContents.reloads ?? 0;
    click(itemLabelled(trayMenu(shell), 'Lock'));
    expect(await call(shell, 'session:status', {})).toMatchObject({ ok: true, value: { state: 'locked' } });
    expect(shell.windows[0]?.webContents.reloads).toBe(reloads + 1);
  });

  it('a second start brings the hidden window back', async () => {
    ({ shell } = await startBuiltShell({ platform: 'win32' }));
    await openRegister(shell);
    await startAClock(shell);
    const window = shell.windows[0];
    window?.close();
    shell.app.emit('second-instance', {}, [], '', {});
    expect(shell.windows).toEqual([window]);
    expect(window?.isVisible()).toBe(true);
    expect(liveTrays(shell)).toHaveLength(0);
  });
});
