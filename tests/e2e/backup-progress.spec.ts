import type { Page } from '@playwright/test';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, expectAccessible, signIn, test } from './fixtures';
import { withLargeFiles } from './support-large-register';

/**
 * A backup of a register big enough to take a few seconds: its progress shows with the step in
 * words, it can be stopped from the keyboard (leaving nothing in the folder), and the rest of the
 * app answers while it runs; one made to the end is restored.
 */

/** 8 files of 20 MB: a register of about 170 MB. */
const FILES = 8;

function backupSection(page: Page) {
  return page.getByRole('region', { name: 'Back up the register' });
}

async function openSecurity(page: Page, url: string): Promise<void> {
  await page.goto(`${url.split('?')[0]}#/security`);
  await expect(page.getByRole('heading', { name: 'Security and backups' })).toBeVisible();
}

test('shows a large backup’s progress step by step, and cancelling it from the keyboard leaves no file', async ({ page, app }) => {
  test.setTimeout(180_000);
  const folder = mkdtempSync(join(tmpdir(), 'breachlog-e2e-backups-'));
  try {
    await page.goto(app.url);
    await signIn(page);
    const url = await withLargeFiles(app, FILES);
    await page.goto(url);
    await signIn(page);
    await openSecurity(page, url);
    const section = backupSection(page);
    await section.getByLabel('Backup folder (full path)').fill(folder);
    await section.getByRole('button', { name: 'Back up now' }).click();

    const bar = section.getByRole('progressbar', { name: 'Backup progress' });
    await expect(bar).toBeVisible();
    await expect(section.getByRole('status').filter({ hasText: 'Step 1 of 4: Copying the register' })).toBeVisible();
    await expect(section.getByRole('button', { name: 'Back up now' })).toBeDisabled();
    // The keyboard is where the person can stop it.
    const cancel = section.getByRole('button', { name: 'Cancel the backup' });
    await expect(cancel).toBeFocused();
    // The copy grows: the bar moves while the step is still the copy.
    await expect.poll(async () => Number(await bar.getAttribute('value')), { timeout: 30_000 }).toBeGreaterThan(0);
    await expectAccessible(page, 'security with a backup running');
    for (const [name, size] of [['laptop', { width: 1366, height: 768 }], ['smallest', { width: 720, height: 520 }]] as const) {
      await page.setViewportSize(size);
      await bar.scrollIntoViewIfNeeded();
      await page.screenshot({ path: test.info().outputPath(`backup-running-${name}.png`) });
    }
    await page.setViewportSize({ width: 1366, height: 768 });

    await cancel.focus();
    await page.keyboard.press('Enter');
    await expect(section.getByRole('status').filter({ hasText: 'The backup was cancelled. No backup was written, and the partial copy has been removed.' })).toBeVisible({
      timeout: 60_000,
    });
    await expect(bar).toBeHidden();
    expect(readdirSync(folder)).toEqual([]);
    await expect(section.getByRole('button', { name: 'Back up now' })).toBeEnabled();
    await expect(section.getByRole('button', { name: 'Back up now' })).toBeFocused();
    await expect(section).toContainText('No backup has been made yet.');
    await page.screenshot({ path: test.info().outputPath('backup-cancelled-laptop.png') });
    await expectAccessible(page, 'security after a cancelled backup');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('a large backup runs while the person reads the register elsewhere, ends checked, and restores', async ({ page, app }) => {
  test.setTimeout(240_000);
  const folder = mkdtempSync(join(tmpdir(), 'breachlog-e2e-backups-'));
  try {
    await page.goto(app.url);
    await signIn(page);
    const url = await withLargeFiles(app, FILES, 'Mailbox exported to the wrong client');
    await page.goto(url);
    await signIn(page);
    await openSecurity(page, url);
    const section = backupSection(page);
    await section.getByLabel('Backup folder (full path)').fill(folder);
    await section.getByRole('button', { name: 'Back up now' }).click();
    await expect(section.getByRole('progressbar', { name: 'Backup progress' })).toBeVisible();

    // Elsewhere in the app meanwhile: the register answers and opens a breach.
    await page.getByRole('link', { name: 'Breachlog', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Breach register' })).toBeVisible();
    await page.getByRole('link', { name: /Mailbox exported to the wrong client/ }).first().click();
    await expect(page.getByRole('heading', { name: /Mailbox exported to the wrong client/ })).toBeVisible();

    // Back on Security, the backup is still shown where it has got to, or how it ended.
    await openSecurity(page, url);
    await expect(backupSection(page).getByText(/Backup made and checked: breachlog-backup-.*\.db \(1 breach\)/)).toBeVisible({ timeout: 120_000 });
    const [backup] = readdirSync(folder).filter((name) => name.endsWith('.db'));
    expect(readdirSync(folder).sort()).toEqual([backup, `${backup}.fingerprint`]);

    await page.getByLabel('Backup file (full path)').fill(join(folder, backup ?? ''));
    // The check and the restore each prove the 170 MB backup again in full (integrity_check and the
    // trail) before anything is shown or replaced, and the restore's run on the preview's one thread.
    await page.getByRole('button', { name: 'Check this backup' }).click({ timeout: 120_000 });
    const check = page.getByRole('region', { name: 'The backup is sound. It holds:' });
    await expect(check).toContainText('Breaches', { timeout: 120_000 });
    await check.getByRole('button', { name: 'Restore this backup' }).click({ timeout: 120_000 });
    // The register that was replaced is kept aside; the restored one holds every file, checked.
    await expect(page.getByRole('list', { name: 'Replaced copies of the register' }).getByRole('listitem')).toHaveCount(1);
    await expect(page.getByRole('region', { name: 'Evidence files' })).toContainText(`${FILES} files take 160 MB`);
    await page.getByRole('link', { name: 'Breachlog', exact: true }).click();
    await page.getByRole('link', { name: /Mailbox exported to the wrong client/ }).first().click();
    await expect(page.getByText(`mailbox-export-part-${FILES}.zip`)).toBeVisible();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
