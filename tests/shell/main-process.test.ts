import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { IPC_CHANNEL_PREFIX, OPERATION_NAMES } from '../../shared/operation-names';
import type { Shell } from './load-shell';
import { APP_PAGE, call, removeUserDataFolders, startBuiltShell, stopBuiltShell } from './load-shell';

const RENDERER_DIR = join(import.meta.dirname, '..', '..', 'out', 'renderer');

describe('the built main process, under Node with the Electron stand-in', () => {
  let shell: Shell | undefined;
  afterEach(() => {
    stopBuiltShell(shell);
    shell = undefined;
  });
  afterAll(removeUserDataFolders);

  it('registers every contract operation on ipcMain, and nothing else', async () => {
    ({ shell } = await startBuiltShell({ platform: 'win32' }));
    expect([...shell.ipcMain.handlers.keys()].sort()).toEqual(OPERATION_NAMES.map((name) => IPC_CHANNEL_PREFIX + name).sort());
    const status = await call(shell, 'session:status', {});
    expect(status, JSON.stringify(status)).toMatchObject({ ok: true, value: { state: 'open' } });
  });

  it('makes a backup on a thread started from the built worker beside index.js', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'breachlog-shell-backups-'));
    try {
      ({ shell } = await startBuiltShell({ platform: 'win32' }));
      expect(await call(shell, 'session:set-user', { name: 'Zoë Ødegård' })).toMatchObject({ ok: true });
      const made = await call(shell, 'backup:create', { folder });
      expect(made, JSON.stringify(made)).toMatchObject({ ok: true, value: { incidents: 0 } });
      const names = readdirSync(folder);
      expect(names.filter((name) => name.endsWith('.db'))).toHaveLength(1);
      expect(names.some((name) => name.includes('partial'))).toBe(false);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('opens a sandboxed, isolated window without Node, on the app:// page', async () => {
    ({ shell } = await startBuiltShell({ platform: 'win32' }));
    const window = shell.windows[0];
    const prefs = window?.options.webPreferences ?? {};
    expect(prefs).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(prefs.preload).toMatch(/out[/\\]preload[/\\]index\.cjs$/);
    expect(readFileSync(prefs.preload ?? '', 'utf8')).toContain('onMenuCommand');
    expect(window?.loadedUrl).toBe(APP_PAGE);
    expect(shell.app.sandboxEnabled).toBe(true);
    expect(shell.nativeTheme.themeSource).toBe('system');
    // New windows are refused.
    expect(window?.webContents.windowOpenHandler?.({ url: 'https://example.com/' } as Electron.HandlerDetails)).toEqual({ action: 'deny' });
  });

  it('prevents navigation, redirects and webviews', async () => {
    ({ shell } = await startBuiltShell({ platform: 'win32' }));
    const contents = shell.windows[0]?.webContents;
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      let prevented = false;
      contents?.emit(event, { preventDefault: () => (prevented = true) }, 'https://example.com/');
      expect(prevented, event).toBe(true);
    }
  });

  it('sets the Windows AppUserModelID, and none on macOS', async () => {
    ({ shell } = await startBuiltShell({ platform: 'win32' }));
    expect(shell.app.appUserModelId).toBe('uk.breachlog.desktop');
    stopBuiltShell(shell);
    ({ shell } = await startBuiltShell({ platform: 'darwin' }));
    expect(shell.app.appUserModelId).toBeNull();
  });

  it('accepts calls only from the app’s own page on app://', async () => {
    ({ shell } = await startBuiltShell({ platform: 'win32' }));
    expect(await call(shell, 'session:status', {})).toMatchObject({ ok: true });
    for (const sender of [
      'file:///C:/Users/me/AppData/Local/Programs/Breachlog/resources/app.asar/out/renderer/index.html',
      'app://breachlog/other.html',
      'app://evil/index.html',
      'https://breachlog/index.html',
      'http://127.0.0.1:5173/index.html',
      'devtools://devtools/bundled/index.html',
      '',
    ]) {
      expect(await shell.invoke(`${IPC_CHANNEL_PREFIX}session:status`, sender, {}), sender).toMatchObject({ ok: false, error: { code: 'unauthorised' } });
    }
    expect(await shell.invoke(`${IPC_CHANNEL_PREFIX}session:status`, `${APP_PAGE}#/incident/3`, {})).toMatchObject({ ok: true });
  });

  it('a second copy hands over to the first and quits without opening the register', async () => {
    ({ shell } = await startBuiltShell({ platform: 'win32', expectNoWindow: true, prepare: (s) => (s.app.singleInstanceLockFree = false) }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(shell.app.hasQuit).toBe(true);
    expect(shell.windows).toHaveLength(0);
    expect(shell.ipcMain.handlers.size).toBe(0);
  });

  it('refuses a link inside the renderer folder that points outside it', async () => {
    ({ shell } = await startBuiltShell({ platform: 'win32' }));
    const link = join(RENDERER_DIR, 'assets', 'outside-link.json');
    symlinkSync(join(RENDERER_DIR, '..', '..', 'package.json'), link);
    try {
      expect((await shell.fetch('app://breachlog/assets/outside-link.json')).status).toBe(404);
    } finally {
      rmSync(link);
    }
  });

  it('registers app:// as a standard, secure scheme before ready', async () => {
    ({ shell } = await startBuiltShell({ platform: 'win32' }));
    expect(shell.protocol.privileged).toEqual([expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) })]);
    expect(shell.protocol.privileged[0]?.privileges?.bypassCSP).toBeFalsy();
  });

  it('serves the built renderer on app:// with the right types and the CSP', async () => {
    ({ shell } = await startBuiltShell({ platform: 'win32' }));
    const page = await shell.fetch(APP_PAGE);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await page.text();
    expect(html).toBe(readFileSync(join(RENDERER_DIR, 'index.html'), 'utf8'));
    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
    // The styles come with the app's chunk, which the first script loads: any of the build's sheets.
    const sheet = readdirSync(join(RENDERER_DIR, 'assets')).find((name) => name.endsWith('.css'));
    if (!script || !sheet) throw new Error('The build has no script in its page or no stylesheet');
    const style = `assets/${sheet}`;
    expect((await shell.fetch(`app://breachlog/${script}`)).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await shell.fetch(`app://breachlog/${style}`)).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await shell.fetch('app://breachlog/')).status).toBe(200);
    expect((await shell.fetch('app://breachlog/no-such-file.js')).status).toBe(404);
  });

  it('refuses every path outside the renderer folder', async () => {
    ({ shell } = await startBuiltShell({ platform: 'win32' }));
    const outside = [
      'app://breachlog/../main/index.js',
      'app://breachlog/..%2fmain%2findex.js',
      'app://breachlog/%2e%2e/%2e%2e/package.json',
      'app://breachlog/%2e%2e%2f%2e%2e%2fpackage.json',
      'app://breachlog/assets/..%2f..%2f..%2fpackage.json',
      'app://breachlog/..%5c..%5cpackage.json',
      `app://breachlog/${encodeURIComponent(join(RENDERER_DIR, '..', '..', 'package.json'))}`,
      `app://breachlog/${join(RENDERER_DIR, '..', '..', 'package.json')}`,
      'app://breachlog//etc/passwd',
      'app://breachlog/%00index.html',
      'app://elsewhere/index.html',
    ];
    for (const url of outside) {
      const response = await shell.fetch(url);
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).toBe('Not found');
    }
  });

  it('lets no request out but the app’s own files', async () => {
    ({ shell } = await startBuiltShell({ platform: 'win32', isPackaged: true }));
    expect(shell.requestAllowed('app://breachlog/assets/index.js')).toBe(true);
    for (const url of ['https://example.com/', 'http://127.0.0.1/', 'file:///etc/passwd', 'ws://localhost/', 'app://other/index.html', 'devtools://devtools/']) {
      expect(shell.requestAllowed(url), url).toBe(false);
    }
    let granted: boolean | undefined;
    shell.session.permissionRequestHandler?.({} as Electron.WebContents, 'media', (answer) => (granted = answer), {} as Electron.PermissionRequest);
    expect(granted).toBe(false);
  });
});
