import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectAccessible, expect, signIn, test } from './fixtures';

test('"Lock now" closes the register; the key store opens it again', async ({ page, app }) => {
  await page.goto(app.url);
  await signIn(page);
  await page.getByRole('button', { name: 'Lock now' }).click();
  await expect(page.getByRole('heading', { name: 'The register is locked' })).toBeVisible();
  await expect(page.getByText('Working as')).toHaveCount(0);
  await expectAccessible(page, 'locked');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await signIn(page);
});

test('backs up to a folder, shows the recovery key once, and restores the backup', async ({ page, app }) => {
  const folder = mkdtempSync(join(tmpdir(), 'breachlog-e2e-backups-'));
  try {
    await page.goto(app.url);
    await signIn(page);
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
    await expect(page.getByText(/Backup made and checked/)).toBeVisible();
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
    await page.getByRole('button', { name: 'Restore this backup' }).click();
    await expect(page.getByText('Working as')).toBeVisible();
    expect(readdirSync(app.dataDir).some((name) => name.startsWith('register.db.replaced-'))).toBe(true);
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
  await restore.getByLabel('Backup file (full path)').fill(join(app.dataDir, 'register.db'));
  await restore.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(restore.getByRole('alert')).toContainText('restore with this register’s recovery key or recovery passphrase instead');
  await expectAccessible(page, 'unlock with restore open');
  await page.getByLabel('Passphrase', { exact: true }).fill('not our passphrase');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'not the right passphrase' })).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await signIn(page);
});

test('when the register cannot be opened, restores it there and then with a backup and the recovery key', async ({ page, app }) => {
  const folder = mkdtempSync(join(tmpdir(), 'breachlog-e2e-backups-'));
  try {
    await page.goto(app.url);
    await signIn(page);
    await page.goto(`${app.url.split('?')[0]}#/security`);
    await page.getByLabel('Backup folder (full path)').fill(folder);
    await page.getByRole('button', { name: 'Back up now' }).click();
    await expect(page.getByText(/Backup made and checked/)).toBeVisible();
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
    await restore.getByRole('button', { name: 'Restore this backup' }).click();
    await expect(restore.getByRole('alert')).toContainText('could not be opened with that key');
    await restore.getByLabel(/^Recovery key, recovery passphrase/).fill(recoveryKey.toLowerCase());
    await restore.getByRole('button', { name: 'Restore this backup' }).click();
    await signIn(page);
    await page.goto(await app.restart());
    await signIn(page);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
