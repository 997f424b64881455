import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';
import Database from 'better-sqlite3-multiple-ciphers';
import { IPC_CHANNEL_PREFIX } from '../../shared/operation-names';
import type { standIn as StandIn } from './electron-stand-in';

export type Shell = typeof StandIn;

const REPO_ROOT = join(import.meta.dirname, '..', '..');
const BUILT_MAIN = join(REPO_ROOT, 'out', 'main', 'index.js');
const realPlatform = process.platform;
// The tests play Windows or macOS by setting process.platform; the encrypted-SQLite binding picks
// its native binary by platform when first used, so it is loaded now, for the real one.
new Database(':memory:').close();
const userDataFolders: string[] = [];

export interface LoadOptions {
  platform: NodeJS.Platform;
  isPackaged?: boolean;
  /** An existing data folder (for a second start); a fresh temporary one otherwise. */
  userData?: string;
  /** Runs on the fresh stand-in before the main process is loaded (displays, safeStorage…). */
  prepare?: (shell: Shell, userData: string) => void;
  /** A start that should open nothing (a second copy): return at once instead of waiting for the window. */
  expectNoWindow?: boolean;
}

/** Waits for something the shell does asynchronously (start-up, a dialog's answer). */
export async function until(condition: () => boolean, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/**
 * Loads the built main process (`out/main/index.js`) afresh, as Electron would on start, with the
 * stand-in in place of the Electron binary; the OS then says it is ready, and this waits for the
 * window and menu.
 */
export async function startBuiltShell(options: LoadOptions): Promise<{ shell: Shell; userData: string }> {
  vi.resetModules();
  const { standIn } = await import('./electron-stand-in');
  const userData = options.userData ?? mkdtempSync(join(tmpdir(), 'breachlog-shell-'));
  if (!options.userData) userDataFolders.push(userData);
  Object.defineProperty(process, 'platform', { value: options.platform, configurable: true });
  standIn.app.isPackaged = options.isPackaged ?? false;
  // Electron sets process.resourcesPath; a packaged app finds resources/ beneath it (as in the repository).
  (process as { resourcesPath?: string }).resourcesPath = options.isPackaged ? REPO_ROOT : undefined;
  process.env['BREACHLOG_USER_DATA'] = userData;
  options.prepare?.(standIn, userData);
  await import(/* @vite-ignore */ BUILT_MAIN);
  standIn.app.becomeReady();
  if (options.expectNoWindow) return { shell: standIn, userData };
  await until(() => standIn.windows.length === 1 && standIn.menu.application !== null, 'the window and menu');
  await until(() => standIn.windows[0]?.isVisible() === true, 'the window to show');
  return { shell: standIn, userData };
}

/** Closes the register (as quitting does) and puts the platform and environment back. */
export function stopBuiltShell(shell: Shell | undefined): void {
  shell?.app.emit('will-quit', { preventDefault: () => undefined });
  Object.defineProperty(process, 'platform', { value: realPlatform, configurable: true });
  delete process.env['BREACHLOG_USER_DATA'];
}

export function removeUserDataFolders(): void {
  for (const folder of userDataFolders.splice(0)) rmSync(folder, { recursive: true, force: true });
}

export const APP_PAGE = 'app://breachlog/index.html';

/** Calls a contract operation as the app's own page does; returns the result envelope. */
export async function call(shell: Shell, name: string, input: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }> {
  return (await shell.invoke(IPC_CHANNEL_PREFIX + name, APP_PAGE, input)) as { ok: boolean; value?: unknown; error?: { code: string; message: string } };
}
