import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { windowPlacement } from '../../electron/main/window-state';
import type { Shell } from './load-shell';
import { removeUserDataFolders, startBuiltShell, stopBuiltShell } from './load-shell';

const LAPTOP = { x: 0, y: 0, width: 1366, height: 728 };
const SECOND_SCREEN = { x: 1366, y: 0, width: 1920, height: 1040 };

function boundsOf(shell: Shell) {
  const { x, y, width, height } = shell.windows[0]?.options ?? {};
  return { x, y, width, height };
}

describe('the window’s size, place and maximised state', () => {
  let shell: Shell | undefined;
  afterEach(() => {
    stopBuiltShell(shell);
    shell = undefined;
  });
  afterAll(removeUserDataFolders);

  it('opens centred and fitted to the screen the first time', async () => {
    ({ shell } = await startBuiltShell({ platform: 'win32', prepare: (s) => s.screen.setWorkAreas([LAPTOP]) }));
    expect(boundsOf(shell)).toEqual({ x: 83, y: 0, width: 1200, height: 728 });
  });

  it('comes back where it was left, maximised or not, after a restart', async () => {
    let userData: string;
    ({ shell, userData } = await startBuiltShell({ platform: 'win32', prepare: (s) => s.screen.setWorkAreas([LAPTOP, SECOND_SCREEN]) }));
    shell.windows[0]?.moveTo({ x: 1500, y: 60, width: 1000, height: 700 });
    shell.windows[0]?.close();
    const saved = JSON.parse(readFileSync(join(userData, 'window-state.json'), 'utf8')) as unknown;
    // Geometry only.
    expect(saved).toEqual({ bounds: { x: 1500, y: 60, width: 1000, height: 700 }, maximised: false });
    stopBuiltShell(shell);

    ({ shell } = await startBuiltShell({ platform: 'win32', userData, prepare: (s) => s.screen.setWorkAreas([LAPTOP, SECOND_SCREEN]) }));
    expect(boundsOf(shell)).toEqual({ x: 1500, y: 60, width: 1000, height: 700 });
    expect(shell.windows[0]?.isMaximized()).toBe(false);
    shell.windows[0]?.maximize();
    shell.windows[0]?.close();
    stopBuiltShell(shell);

    ({ shell } = await startBuiltShell({ platform: 'win32', userData, prepare: (s) => s.screen.setWorkAreas([LAPTOP, SECOND_SCREEN]) }));
    expect(shell.windows[0]?.isMaximized()).toBe(true);
    // The size it returns to when un-maximised is the one it had.
    expect(boundsOf(shell)).toEqual({ x: 1500, y: 60, width: 1000, height: 700 });
  });

  it('comes back onto the laptop’s screen when the second screen has gone', async () => {
    let userData: string;
    ({ shell, userData } = await startBuiltShell({ platform: 'win32', prepare: (s) => s.screen.setWorkAreas([LAPTOP, SECOND_SCREEN]) }));
    shell.windows[0]?.moveTo({ x: 2000, y: 100, width: 1600, height: 900 });
    shell.windows[0]?.close();
    stopBuiltShell(shell);
    ({ shell } = await startBuiltShell({ platform: 'win32', userData, prepare: (s) => s.screen.setWorkAreas([LAPTOP]) }));
    const bounds = boundsOf(shell);
    expect(bounds).toEqual({ x: 0, y: 0, width: 1366, height: 728 });
  });

  for (const [name, content] of [
    ['is not JSON', '{"bounds": {"x": 1'],
    ['is empty', ''],
    ['has the wrong shape', '{"bounds":{"x":"left","y":0,"width":800,"height":600},"maximised":false}'],
    ['has absurd numbers', '{"bounds":{"x":0,"y":0,"width":1e308,"height":-5},"maximised":false}'],
    ['is binary noise', '\u0000\u00ff\u0013garbage'],
  ] as const) {
    it(`opens at the default place when the saved state ${name}`, async () => {
      ({ shell } = await startBuiltShell({
        platform: 'win32',
        prepare: (s, userData) => {
          s.screen.setWorkAreas([LAPTOP]);
          writeFileSync(join(userData, 'window-state.json'), content);
        },
      }));
      expect(boundsOf(shell)).toEqual({ x: 83, y: 0, width: 1200, height: 728 });
      expect(shell.windows[0]?.isMaximized()).toBe(false);
    });
  }
});

describe('windowPlacement', () => {
  const primary = { x: 0, y: 0, width: 1920, height: 1040 };

  it('keeps a saved place that is on a screen', () => {
    const saved = { bounds: { x: 100, y: 50, width: 1000, height: 700 }, maximised: true };
    expect(windowPlacement(saved, [primary], primary)).toEqual(saved);
  });

  it('pulls a window whose title bar is above or beside every screen back onto one', () => {
    expect(windowPlacement({ bounds: { x: 100, y: -400, width: 1000, height: 700 }, maximised: false }, [primary], primary).bounds.y).toBeGreaterThanOrEqual(0);
    expect(windowPlacement({ bounds: { x: -5000, y: 10, width: 1000, height: 700 }, maximised: false }, [primary], primary).bounds).toEqual({
      x: 460,
      y: 170,
      width: 1000,
      height: 700,
    });
  });

  it('shrinks a window larger than its screen to fit it', () => {
    const small = { x: 0, y: 0, width: 1024, height: 600 };
    expect(windowPlacement({ bounds: { x: 0, y: 0, width: 1600, height: 1000 }, maximised: false }, [small], small).bounds).toEqual(small);
  });
});
