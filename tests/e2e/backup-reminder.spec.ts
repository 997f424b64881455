import type { Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPreviewApp } from '../../electron/preview/preview-app';
import { expectAccessible, expect, REPO_ROOT, signIn, test } from './fixtures';

/** A backup runs on its own thread and can take a while on a busy machine; it shows its progress meanwhile. */
const BACKUP_MS = 60_000;

const DAY_MS = 24 * 3_600_000;

function backupReminder(page: Page) {
  return page.getByRole('region', { name: 'A backup is due' });
}

/** Goes home by the header link and waits until the reminder has asked whether a backup is due. */
async function goHome(page: Page): Promise<void> {
  const asked = page.waitForResponse((response) => response.url().endsWith('/api/security%3Astatus'));
  await page.getByRole('link', { name: 'Breachlog', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Breach register' })).toBeVisible();
  await asked;
}

/** Makes a backup from the Security screen; the preview has no folder dialog, so the path is typed. */
async function backUpInto(page: Page, folder: string): Promise<void> {
  const section = page.getByRole('region', { name: 'Back up the register' });
  await section.getByLabel('Backup folder (full path)').fill(folder);
  await section.getByRole('button', { name: 'Back up now' }).click();
  await expect(section.getByText(/Backup made and checked/)).toBeVisible({ timeout: BACKUP_MS });
}

test('the home screen reminds about a backup until one is made', async ({ page, app }) => {
  const folder = mkdtempSync(join(tmpdir(), 'breachlog-e2e-backups-'));
  try {
    await page.goto(app.url);
    await signIn(page);
    const reminder = backupReminder(page);
    await expect(reminder).toContainText('No backup has been made yet.');
    // It informs without taking the person away from what they were doing.
    expect(await reminder.evaluate((element) => element.contains(document.activeElement))).toBe(false);
    await expectAccessible(page, 'register with the backup reminder');

    // Reached and followed by keyboard.
    const link = reminder.getByRole('link', { name: 'Make a backup' });
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/security$/);
    await expect(page.getByRole('heading', { name: 'Security and backups' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Back up the register' })).toContainText('No backup has been made yet.');

    await backUpInto(page, folder);
    await goHome(page);
    await expect(reminder).toHaveCount(0);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

/** The app with a server clock the test moves in step with the browser's (page.clock). */
interface TimedApp {
  url: string;
  advance(ms: number): void;
}

const START = new Date('2026-11-20T10:30:00Z');

const timedTest = test.extend<{ timedApp: TimedApp }>({
  timedApp: async ({ keySource }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'breachlog-e2e-'));
    // Starts at START and runs on in real time, so successive requests still get later times.
    let offsetMs = START.getTime() - Date.now();
    const running = await startPreviewApp({ dataDir, keySource, repoRoot: REPO_ROOT, clock: () => new Date(Date.now() + offsetMs) });
    await use({
      url: running.url,
      advance: (ms) => {
        offsetMs += ms;
      },
    });
    await running.close();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

timedTest('the reminder comes back once the last backup is more than 7 days old', async ({ page, timedApp }) => {
  const folder = mkdtempSync(join(tmpdir(), 'breachlog-e2e-backups-'));
  const fastForward = async (days: number) => {
    timedApp.advance(days * DAY_MS);
    await page.clock.fastForward(days * DAY_MS);
  };
  try {
    await page.clock.install({ time: START });
    await page.goto(timedApp.url);
    await signIn(page);
    const reminder = backupReminder(page);
    await reminder.getByRole('link', { name: 'Make a backup' }).click();
    await backUpInto(page, folder);
    await goHome(page);
    await expect(reminder).toHaveCount(0);

    await fastForward(6);
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await goHome(page);
    await expect(reminder).toHaveCount(0);

    await fastForward(2);
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await goHome(page);
    await expect(reminder).toContainText('The last backup was made on Fri 20 Nov 2026, 10:30 — more than 7 days ago.');
    await expect(reminder.getByRole('link', { name: 'Make a backup' })).toBeVisible();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
