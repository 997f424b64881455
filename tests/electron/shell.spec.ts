import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { electronBinaryPath } from '../../electron/preview/electron-binary';
import { packagedApps } from '../../packaging/packaged-app';

/**
 * The real Electron shell. Two ways to run it:
 * - against the built app in out/ with node_modules' Electron (`npm run test:e2e`, or
 *   `npx playwright test --project electron` after `npm run build`);
 * - against a packaged build, with BREACHLOG_PACKAGED_APP=dist/e2e (made by
 *   `npm run package:e2e`): the shipped app.asar, unpacked binding, resources and fuses, but for
 *   the inspector fuse Playwright needs. CI runs both on Windows and macOS.
 * Skipped, and says so, where no Electron binary is installed.
 */
const REPO_ROOT = join(import.meta.dirname, '..', '..');
const packagedDir = process.env['BREACHLOG_PACKAGED_APP'];
const packaged = packagedDir ? packagedApps(resolve(REPO_ROOT, packagedDir)).find((app) => app.arch === process.arch) : undefined;
if (packagedDir && !packaged) throw new Error(`BREACHLOG_PACKAGED_APP=${packagedDir} holds no unpacked app for ${process.platform}-${process.arch}`);
const binary = packaged?.executable ?? electronBinaryPath(REPO_ROOT);
const SKIP_REASON = 'skipped: Electron binary not installed (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1)';

if (!binary) console.log(`Electron shell tests ${SKIP_REASON}`);
else console.log(`Electron shell tests run ${packaged ? `the packaged app ${binary}` : `out/ with ${binary}`}`);

let userData = '';
let app: ElectronApplication;

async function launch(): Promise<ElectronApplication> {
  userData = mkdtempSync(join(tmpdir(), 'breachlog-electron-'));
  return electron.launch({
    executablePath: binary ?? undefined,
    // A packaged app loads its own app.asar; the development Electron is given the repository.
    args: packaged ? [] : [REPO_ROOT],
    env: { ...process.env, BREACHLOG_USER_DATA: userData },
  });
}

test.describe('the Electron shell', () => {
  test.skip(!binary, SKIP_REASON);

  test.beforeEach(async () => {
    app = await launch();
  });
  test.afterEach(async () => {
    await app.close();
    rmSync(userData, { recursive: true, force: true });
  });

  test('opens the register in a sandboxed, isolated window that cannot navigate away', async () => {
    const window = await app.firstWindow();
    // Reaching this screen means the encrypted-SQLite binding loaded (unpacked from app.asar when packaged).
    await expect(window.getByRole('heading', { name: /Breach register|passphrase|Unlock/ })).toBeVisible();
    const pageGlobals = await window.evaluate(() => {
      const globals = globalThis as unknown as Record<string, unknown>;
      return {
        require: typeof globals['require'],
        process: typeof globals['process'],
        api: Object.keys((globals['breachlog'] as object | undefined) ?? {}).sort(),
      };
    });
    expect(pageGlobals.require).toBe('undefined');
    expect(pageGlobals.process).toBe('undefined');
    expect(pageGlobals.api).toContain('incident:create');
    const appUrl = window.url();
    const navigated = window.waitForEvent('framenavigated', { timeout: 3_000 }).catch(() => null);
    await window.evaluate(() => {
      globalThis.location.href = 'https://example.com/';
    });
    await navigated;
    expect(window.url()).toBe(appUrl);
  });

  // Electron offers no getter for a window's webPreferences (their values are unit-tested in
  // tests/unit/window-options.test.ts); here are their effects in the running app.
  test('runs the page with the secure web preferences in force', async () => {
    const window = await app.firstWindow();
    await expect(window.getByRole('heading', { name: /Breach register|passphrase|Unlock/ })).toBeVisible();
    const renderer = await app.evaluate(({ app: electronApp, BrowserWindow }) => {
      const [main] = BrowserWindow.getAllWindows();
      const pid = main?.webContents.getOSProcessId();
      const metric = electronApp.getAppMetrics().find((process) => process.pid === pid);
      return { type: metric?.type, sandboxed: metric?.sandboxed };
    });
    expect(renderer.type).toBe('Tab');
    // sandbox: true — reported on Windows and macOS, where CI runs this.
    if (process.platform === 'win32' || process.platform === 'darwin') expect(renderer.sandboxed).toBe(true);
    const page = await window.evaluate(() => {
      const globals = globalThis as unknown as Record<string, unknown>;
      return {
        // contextBridge works only with contextIsolation on; with it, the preload's own globals stay out of reach.
        bridge: typeof globals['breachlog'],
        ipcRenderer: typeof globals['ipcRenderer'],
        electron: typeof globals['electron'],
        // nodeIntegration (and in workers and frames) off.
        require: typeof globals['require'],
        module: typeof globals['module'],
        Buffer: typeof globals['Buffer'],
        // webviewTag: false leaves <webview> undefined.
        webview: typeof customElements.get('webview'),
      };
    });
    expect(page).toEqual({
      bridge: 'object',
      ipcRenderer: 'undefined',
      electron: 'undefined',
      require: 'undefined',
      module: 'undefined',
      Buffer: 'undefined',
      webview: 'undefined',
    });
  });

  test('finds its fonts beside app.asar when packaged', async () => {
    test.skip(!packaged, 'only a packaged build has process.resourcesPath/resources');
    const shell = await app.evaluate(({ app: electronApp }) => ({ isPackaged: electronApp.isPackaged, resourcesPath: process.resourcesPath }));
    expect(shell.isPackaged).toBe(true);
    expect(resolve(shell.resourcesPath)).toBe(resolve(packaged?.resourcesPath ?? ''));
    expect(existsSync(join(shell.resourcesPath, 'resources', 'fonts', 'DejaVuSans.ttf'))).toBe(true);
  });

  // Issue 12's menu: no developer tools or reload in what ships. The menu itself is built in
  // electron/main; this holds the packaged build to it.
  test('has no developer tools or reload in the packaged menu', async () => {
    test.skip(!packaged, 'the development build keeps its developer tools');
    await app.firstWindow();
    const items = await app.evaluate(({ Menu }) => {
      const found: { role: string; label: string; accelerator: string }[] = [];
      const walk = (menu: Electron.Menu | null): void => {
        for (const item of menu?.items ?? []) {
          found.push({ role: String(item.role ?? ''), label: item.label, accelerator: String(item.accelerator ?? '') });
          walk(item.submenu ?? null);
        }
      };
      walk(Menu.getApplicationMenu());
      return found;
    });
    expect(items.length).toBeGreaterThan(0);
    const developerItems = items.filter(
      (item) => /toggledevtools|reload|forcereload/i.test(item.role) || /developer tools|reload/i.test(item.label),
    );
    expect(developerItems).toEqual([]);
  });
});

/** Runs the packaged executable for a few seconds and returns what it printed. */
function runBriefly(executable: string, env: NodeJS.ProcessEnv, args: string[]): Promise<string> {
  return new Promise((done) => {
    const child = spawn(executable, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill(), 8_000);
    child.on('exit', () => {
      clearTimeout(timer);
      done(output);
    });
  });
}

test.describe('the packaged build’s fuses', () => {
  test.skip(!packaged, 'only a packaged build has its fuses flipped');

  test('ignores ELECTRON_RUN_AS_NODE and NODE_OPTIONS', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'breachlog-fuses-'));
    try {
      const marker = join(folder, 'node-options-ran');
      const preload = join(folder, 'preload.cjs');
      writeFileSync(preload, `require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran')`);
      const env = { ...process.env, BREACHLOG_USER_DATA: join(folder, 'data') };
      const asNode = await runBriefly(packaged?.executable ?? '', { ...env, ELECTRON_RUN_AS_NODE: '1' }, ['-e', "console.log('RUN' + 'AS' + 'NODE')"]);
      expect(asNode).not.toContain('RUNASNODE');
      await runBriefly(packaged?.executable ?? '', { ...env, NODE_OPTIONS: `--require ${preload}` }, []);
      expect(existsSync(marker)).toBe(false);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
