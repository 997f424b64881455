import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Shell } from './load-shell';
import { APP_PAGE, removeUserDataFolders, startBuiltShell, stopBuiltShell } from './load-shell';

const ASSETS_DIR = join(import.meta.dirname, '..', '..', 'out', 'renderer', 'assets');

/** Every chunk a script of the build imports, statically or when a screen first opens. */
function importedChunks(): Set<string> {
  const names = new Set<string>();
  for (const file of readdirSync(ASSETS_DIR).filter((name) => name.endsWith('.js'))) {
    const code = readFileSync(join(ASSETS_DIR, file), 'utf8');
    // Named as the build names chunks (name-hash.js), not any string that ends in .js inside pdf.js.
    for (const match of code.matchAll(/["'`](?:\.\/|assets\/)([A-Za-z][\w.]*-[\w-]{8}\.(?:js|css))["'`]/g)) names.add(match[1] ?? '');
  }
  return names;
}

describe('the split renderer on app://', () => {
  let shell: Shell | undefined;
  afterEach(() => {
    stopBuiltShell(shell);
    shell = undefined;
  });
  afterAll(removeUserDataFolders);

  it('loads the register without the other screens, and serves each of their chunks from the folder with its type and the CSP', async () => {
    ({ shell } = await startBuiltShell({ platform: 'win32' }));
    const html = await (await shell.fetch(APP_PAGE)).text();
    // The first load names only a few files; the screens opened later are chunks of their own.
    const firstLoad = [...html.matchAll(/(?:src|href)="\.\/assets\/([^"]+)"/g)].map((match) => match[1]);
    expect(firstLoad.some((name) => name?.startsWith('DashboardScreen') || name?.startsWith('SecurityScreen'))).toBe(false);
    const chunks = importedChunks();
    for (const screen of ['DashboardScreen', 'SecurityScreen', 'IncidentScreen', 'AssessmentScreen', 'LetterEditorScreen', 'SettingsScreen']) {
      expect([...chunks].some((name) => name.startsWith(`${screen}-`)), screen).toBe(true);
    }
    expect(chunks.size).toBeGreaterThan(10);
    for (const name of chunks) {
      const response = await shell.fetch(`app://breachlog/assets/${name}`);
      expect(response.status, name).toBe(200);
      expect(response.headers.get('content-type'), name).toBe(name.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'text/css; charset=utf-8');
      expect(response.headers.get('content-security-policy'), name).toContain("script-src 'self'");
    }
  });
});
