import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { expectAccessible, expect, signIn, test } from './fixtures';

/** A backup runs on its own thread and can take a while on a busy machine; it shows its progress meanwhile. */
const BACKUP_MS = 60_000;

test('"Lock now" closes the register; the key store opens it again', async ({ page, app }) => {
  await page.goto(app.url);
  await signIn(page);
  await page.getByRole('button', { name: 'Lock now' }).click();
  await expect(page.getByRole('heading', { name: 'The register is locked' })).toBeVisible();
  await expect(page.getByText('Working as')).toHaveCount(0);
  // It says why: the person locked it, not "while nobody was using it".
  await expect(page.getByText('You locked the register.')).toBeVisible();
  await expect(page.getByText(/nobody was using it/)).toHaveCount(0);
  await expectAccessible(page, 'locked');
  await page.getByRole('button', { name: 'Unlock' }).click();
  // Unlocking carries on as the same person: "Who is using Breachlog?" is asked once per run.
  await expect(page.getByText('Working as Zoë Ødegård')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Who is using Breachlog?' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Breach register' })).toBeVisible();
});

/** Records breaches through the contract, as the page would (the record's own form has its own tests). */
async function recordBreaches(request: APIRequestContext, appUrl: string, titles: string[]): Promise<void> {
  const url = new URL(appUrl);
  for (const title of titles) {
    const response = await request.post(new URL('/api/incident:create', url).toString(), {
      headers: { 'x-breachlog-token': url.searchParams.get('token') ?? '' },
      data: { title, awareAt: '2026-11-24T10:40:00.000Z' },
    });
    expect(((await response.json()) as { ok: boolean }).ok).toBe(true);
  }
}

test('backs up to a folder, shows the recovery key once, and restores the backup', async ({ page, app, request }) => {
  const folder = mkdtempSync(join(tmpdir(), 'breachlog-e2e-backups-'));
  try {
    await page.goto(app.url);
    await signIn(page);
    await recordBreaches(request, app.url, ['Laptop left on a train', 'Letter to the wrong house']);
    // Said plainly from the first run: without recovery, backups open nowhere else.
    const recoveryPrompt = page.getByRole('complementary', { name: 'Recovery for a new computer' });
    await expect(recoveryPrompt).toContainText('Without one, nobody can open them');
    await recoveryPrompt.getByRole('link', { name: 'Set up recovery' }).click();
    await expect(page.getByRole('heading', { name: 'Security and backups' })).toBeVisible();
    await expect(page.getByText('No backup has been made yet.')).toBeVisible();
    await expectAccessible(page, 'security');

    await page.getByLabel('Backup folder (full path)').fill(join(folder, 'not-plugged-in'));
    await page.getByRole('button', { name: 'Back up now' }).click();
    await expect(page.getByRole('alert')).toContainText('is not there');

    await page.getByLabel('Backup folder (full path)').fill(folder);
    await page.getByRole('button', { name: 'Back up now' }).click();
    await expect(page.getByText(/Backup made and checked/)).toBeVisible({ timeout: BACKUP_MS });
    const [backup] = readdirSync(folder);
    expect(backup).toMatch(/^breachlog-backup-.*\.db$/);

    await page.getByRole('button', { name: 'Show the recovery key (once)' }).click();
    await expect(page.getByText(/^([A-Z2-7]{4}-){13}[A-Z2-7]{4}$/)).toBeVisible();
    await expect(page.getByText('It will not be shown again')).toBeVisible();
    await page.goto(`${app.url.split('?')[0]}#/`);
    await expect(page.getByRole('heading', { name: 'Breach register' })).toBeVisible();
    await expect(recoveryPrompt).toHaveCount(0);
    await page.goto(`${app.url.split('?')[0]}#/security`);

    await page.getByLabel('Backup file (full path)').fill(join(folder, backup ?? ''));
    await page.getByRole('button', { name: 'Check this backup' }).click();
    // Step one shows what the backup holds; nothing is replaced yet.
    const check = page.getByRole('region', { name: 'The backup is sound. It holds:' });
    await expect(check).toContainText('Breaches2');
    await expect(check).toContainText('Audit trail entries');
    await expect(check).toContainText(/Newest entry\s*\w{3} \d{1,2} \w{3} \d{4}, \d{2}:\d{2}/);
    await expect(check).toContainText('The register you have now holds:');
    expect(readdirSync(app.dataDir).some((name) => name.startsWith('register.db.replaced-'))).toBe(false);
    await expectAccessible(page, 'restore checked');
    await check.getByRole('button', { name: 'Cancel' }).click();
    await expect(check).toHaveCount(0);
    await page.getByRole('button', { name: 'Check this backup' }).click();
    // A double click on the confirmation restores once.
    await check.getByRole('button', { name: 'Restore this backup' }).dblclick();
    await expect(page.getByText('Working as')).toBeVisible();
    const replaced = readdirSync(app.dataDir).filter((name) => /^register\.db\.replaced-[^.]*$/.test(name) && !/-(wal|shm|journal)$/.test(name));
    expect(replaced).toHaveLength(1);

    // The replaced copy is listed with its date, and can be deleted for good.
    const copies = page.getByRole('list', { name: 'Replaced copies of the register' });
    await expect(copies.getByRole('listitem')).toHaveCount(1);
    await expect(copies).toContainText(/Replaced \w{3} \d{1,2} \w{3} \d{4}, \d{2}:\d{2}/);
    await expect(copies).toContainText(replaced[0] ?? '');
    await expectAccessible(page, 'replaced copies');
    for (const [name, size] of [['laptop', { width: 1366, height: 768 }], ['smallest', { width: 720, height: 520 }]] as const) {
      await page.setViewportSize(size);
      await page.getByRole('heading', { name: 'Replaced copies' }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: test.info().outputPath(`replaced-copies-${name}.png`) });
    }
    await copies.getByRole('button', { name: /Delete the copy/ }).click();
    await copies.getByRole('button', { name: 'Delete it for good' }).click();
    await expect(page.getByText('There are no replaced copies.')).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'was overwritten and deleted' })).toBeVisible();
    expect(readdirSync(app.dataDir).filter((name) => name.startsWith('register.db.replaced-'))).toEqual([]);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('puts a passphrase on top of the key store: locking then asks for it', async ({ page, app }) => {
  const passphrase = 'our office passphrase';
  await page.goto(app.url);
  await signIn(page);
  await page.goto(`${app.url.split('?')[0]}#/security`);
  const modes = page.getByRole('group', { name: 'Open the register' });
  await expect(modes.getByRole('radio', { name: /By this computer alone \(now\)/ })).toBeChecked();

  await modes.getByRole('radio', { name: /By this computer and a passphrase/ }).check();
  await page.getByLabel('New passphrase (at least 10 characters)', { exact: true }).fill(passphrase);
  await page.getByLabel('Type the new passphrase again').fill('a different one entirely');
  await page.getByRole('button', { name: 'Change how the register is unlocked' }).click();
  await expect(page.getByRole('alert')).toContainText('The two new passphrases are different');
  await page.getByLabel('Type the new passphrase again').fill(passphrase);
  await page.getByRole('button', { name: 'Change how the register is unlocked' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'also asks for the passphrase' })).toBeVisible();
  await expect(modes.getByRole('radio', { name: /By this computer and a passphrase \(now\)/ })).toBeChecked();
  await expect(page.getByRole('heading', { name: 'Change the passphrase' })).toBeVisible();
  await expectAccessible(page, 'security with a passphrase on top');

  await page.getByRole('button', { name: 'Lock now' }).click();
  await expect(page.getByRole('heading', { name: 'Unlock the register' })).toBeVisible();
  // A forgotten passphrase has a way forward on this screen, but only with a recovery secret.
  await page.getByText('Cannot open it? Restore from a backup').click();
  const restore = page.getByRole('region', { name: 'Restore from a backup' });
  // A copy of this very register, as a passer-by might try (the live file itself is refused outright).
  const copy = join(mkdtempSync(join(tmpdir(), 'breachlog-e2e-copy-')), 'copy.db');
  copyFileSync(join(app.dataDir, 'register.db'), copy);
  await restore.getByLabel('Backup file (full path)').fill(copy);
  await restore.getByRole('button', { name: 'Check this backup' }).click();
  await expect(restore.getByRole('alert')).toContainText('restore with this register’s recovery key or recovery passphrase instead');
  await restore.getByLabel('Backup file (full path)').fill(join(app.dataDir, 'register.db'));
  await restore.getByRole('button', { name: 'Check this backup' }).click();
  await expect(restore.getByRole('alert')).toContainText('This is the register Breachlog has open now');
  await expectAccessible(page, 'unlock with restore open');
  await page.getByLabel('Passphrase', { exact: true }).fill('not our passphrase');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'not the right passphrase' })).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByText('Working as Zoë Ødegård')).toBeVisible();
});

test('when the register cannot be opened, restores it there and then with a backup and the recovery key', async ({ page, app }) => {
  const folder = mkdtempSync(join(tmpdir(), 'breachlog-e2e-backups-'));
  try {
    await page.goto(app.url);
    await signIn(page);
    await page.goto(`${app.url.split('?')[0]}#/security`);
    await page.getByLabel('Backup folder (full path)').fill(folder);
    await page.getByRole('button', { name: 'Back up now' }).click();
    await expect(page.getByText(/Backup made and checked/)).toBeVisible({ timeout: BACKUP_MS });
    await page.getByRole('button', { name: 'Show the recovery key (once)' }).click();
    const recoveryKey = (await page.getByText(/^([A-Z2-7]{4}-){13}[A-Z2-7]{4}$/).textContent()) ?? '';

    // The computer's key store loses the key (a damaged profile, say) and the app is restarted.
    if (app.keySource.kind !== 'key-store') throw new Error('This test needs a key store');
    await app.keySource.store(Buffer.from('not a key any more'));
    await page.goto(await app.restart());
    await expect(page.getByRole('heading', { name: 'The register could not be opened' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('damaged');
    await expectAccessible(page, 'register unavailable');
    const restore = page.getByRole('region', { name: 'Restore from a backup' });

    const [backup] = readdirSync(folder).filter((name) => name.endsWith('.db'));
    await restore.getByLabel('Backup file (full path)').fill(join(folder, backup ?? ''));
    await restore.getByRole('button', { name: 'Check this backup' }).click();
    await expect(restore.getByRole('alert')).toContainText('could not be opened with that key');
    await restore.getByLabel(/^Recovery key, recovery passphrase/).fill(recoveryKey.toLowerCase());
    await restore.getByRole('button', { name: 'Check this backup' }).click();
    await restore.getByRole('button', { name: 'Restore this backup' }).click();
    await signIn(page);
    await page.goto(await app.restart());
    await signIn(page);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('a register file cut to 0 bytes is said, not replaced, and restores from a backup in two steps', async ({ page, app }) => {
  const folder = mkdtempSync(join(tmpdir(), 'breachlog-e2e-backups-'));
  try {
    await page.goto(app.url);
    await signIn(page);
    await page.goto(`${app.url.split('?')[0]}#/security`);
    await page.getByLabel('Backup folder (full path)').fill(folder);
    await page.getByRole('button', { name: 'Back up now' }).click();
    await expect(page.getByText(/Backup made and checked/)).toBeVisible({ timeout: BACKUP_MS });

    // A sync tool empties the file while Breachlog is closed.
    await app.stop();
    writeFileSync(join(app.dataDir, 'register.db'), '');
    await page.goto(await app.start());
    await expect(page.getByRole('heading', { name: 'The register file is empty' })).toBeVisible();
    await expect(page.getByRole('alert').first()).toContainText('has not made a new, empty register');
    await expectAccessible(page, 'register file empty');
    for (const [name, size] of [['laptop', { width: 1366, height: 768 }], ['smallest', { width: 720, height: 520 }]] as const) {
      await page.setViewportSize(size);
      await page.screenshot({ path: test.info().outputPath(`register-empty-${name}.png`), fullPage: true });
    }
    const restore = page.getByRole('region', { name: 'Restore from a backup' });
    const [backup] = readdirSync(folder).filter((name) => name.endsWith('.db'));
    await restore.getByLabel('Backup file (full path)').fill(join(folder, backup ?? ''));
    await restore.getByRole('button', { name: 'Check this backup' }).click();
    const check = page.getByRole('region', { name: 'The backup is sound. It holds:' });
    await expect(check).toContainText('Breaches');
    // Nothing open to compare with.
    await expect(check).not.toContainText('The register you have now holds');
    await page.screenshot({ path: test.info().outputPath('register-empty-checked.png'), fullPage: true });
    await check.getByRole('button', { name: 'Restore this backup' }).click();
    await signIn(page);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
