import { test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryKeySource } from '../../electron/preview/file-key-source';
import { startPreviewApp } from '../../electron/preview/preview-app';
import type { KeySource } from '../../electron/services/key-source';
import { entryKey, readUnlockRecord } from '../../electron/services/security/unlock-record';

export const REPO_ROOT = join(import.meta.dirname, '..', '..');

/**
 * The app under test runs on the real clock and names each breach by the UTC year it is recorded
 * in, so the references these tests expect are of this year, not of the year they were written.
 */
export const THIS_YEAR = new Date().getUTCFullYear();


type PreviewApp = Awaited<ReturnType<typeof startPreviewApp>>;

/** The real services and a real encrypted register in a fresh folder for each test. */
export interface AppUnderTest {
  dataDir: string;
  keySource: KeySource;
  url: string;
  /** Stops the services and starts them again on the same folder, as quitting and reopening would. */
  restart(): Promise<string>;
  /** Stops the services (the app is closed), so a test can change the data folder in between. */
  stop(): Promise<void>;
  /** Starts them again after stop(); returns the new address. */
  start(): Promise<string>;
}

export const test = base.extend<{ app: AppUnderTest; keySource: KeySource }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies as a pattern
  keySource: async ({}, use) => {
    // Empty, as on a first run: the register makes its key when it first opens.
    await use(memoryKeySource());
  },
  app: async ({ keySource }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'breachlog-e2e-'));
    let running: PreviewApp = await startPreviewApp({ dataDir, keySource, repoRoot: REPO_ROOT });
    const app: AppUnderTest = {
      dataDir,
      keySource,
      get url() {
        return running.url;
      },
      async restart() {
        await running.close();
        running = await startPreviewApp({ dataDir, keySource, repoRoot: REPO_ROOT });
        return running.url;
      },
      async stop() {
        await running.close();
      },
      async start() {
        running = await startPreviewApp({ dataDir, keySource, repoRoot: REPO_ROOT });
        return running.url;
      },
    };
    await use(app);
    await running.close();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };

/** The raw database key the key store holds for the register, as someone with the key would use it behind the app's back. */
export async function registerKey(app: AppUnderTest): Promise<Buffer> {
  if (app.keySource.kind !== 'key-store') throw new Error('This test needs a key-store register');
  const record = await readUnlockRecord(app.keySource);
  const key = record ? await entryKey(record.current, null) : null;
  if (key?.kind !== 'raw') throw new Error('The key store holds no raw key for the register');
  return key.bytes;
}

/** Fails on any serious or critical accessibility violation on the current screen. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${screen}: ${v.id} — ${v.help} (${v.nodes.length})`)).toEqual([]);
}

/** Types a UK date and 24-hour time into the pair of boxes under the given question. */
export async function fillDateTime(page: Page, question: string, date: string, time: string): Promise<void> {
  const group = page.getByRole('group', { name: question });
  await group.getByLabel('Date').fill(date);
  await group.getByLabel('Time (24-hour)').fill(time);
}

/** Answers "Who is using Breachlog?", which every start of the app asks. */
export async function signIn(page: Page, name = 'Zoë Ødegård'): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Who is using Breachlog?' })).toBeVisible();
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText(`Working as ${name}`)).toBeVisible();
}
