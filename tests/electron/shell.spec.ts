import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { electronBinaryPath } from '../../electron/preview/electron-binary';

const REPO_ROOT = join(import.meta.dirname, '..', '..');
const binary = electronBinaryPath(REPO_ROOT);
const SKIP_REASON = 'skipped: Electron binary not installed (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1)';

if (!binary) console.log(`Electron shell tests ${SKIP_REASON}`);

test.describe('the Electron shell', () => {
  test.skip(!binary, SKIP_REASON);

  test('opens the register in a sandboxed, isolated window that cannot navigate away', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'breachlog-electron-'));
    const app = await electron.launch({
      executablePath: binary ?? undefined,
      args: [REPO_ROOT],
      env: { ...process.env, BREACHLOG_USER_DATA: userData },
    });
    try {
      const window = await app.firstWindow();
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
      await window.evaluate(() => {
        globalThis.location.href = 'https://example.com/';
      });
      await expect(window).toHaveURL(/index\.html/);
    } finally {
      await app.close();
      rmSync(userData, { recursive: true, force: true });
    }
  });
});
