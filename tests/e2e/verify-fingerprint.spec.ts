import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { REGISTER_FILE_NAME } from '../../electron/preview/preview-app';
import { openDatabase } from '../../electron/services/database/open-database';
import { expect, expectAccessible, registerKey, signIn, test, THIS_YEAR } from './fixtures';

async function recordBreach(page: Page, title: string): Promise<void> {
  await page.getByRole('link', { name: 'Breachlog' }).click();
  await page.getByRole('link', { name: 'Record a breach' }).click();
  await page.getByLabel('Title').fill(title);
  await page.getByRole('button', { name: 'Save to the register' }).click();
  await expect(page.getByRole('link', { name: 'Back to the register' })).toBeVisible();
}

test('verifies the register against its kept fingerprint and one typed from a printout', async ({ page, app }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(app.url);
  await signIn(page);
  await recordBreach(page, 'Email to the wrong client');
  await page.goto(`${new URL(page.url()).origin}/#/settings`);
  await expect(page.getByRole('heading', { name: 'Verify the register' })).toBeVisible();

  const field = page.getByLabel(/Check against a fingerprint from a printout/);
  const verify = page.getByRole('button', { name: 'Verify the register' });
  await verify.click();
  const status = page.getByRole('status').filter({ hasText: 'Register fingerprint' });
  await expect(status).toContainText('Intact: all 2 entries of the audit trail check out.');
  await expect(status).toContainText('The register matches the fingerprint kept in this computer’s key store');
  const shown = (await status.getByText(/^Register fingerprint: entry 2, /).innerText()).split('Full hash')[0] ?? '';
  const printed = shown.replace('Register fingerprint: ', '').trim();
  expect(printed).toMatch(/^entry 2, [0-9a-f]{4}( [0-9a-f]{4}){3}$/);

  await field.fill('entry 2, 9f3a');
  await verify.click();
  await expect(page.getByText('Type at least the first 16 characters of the hash (four groups of four); you typed 4')).toBeVisible();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'verify with a refused fingerprint');

  await field.fill(printed.toUpperCase());
  await verify.click();
  await expect(status).toContainText('The fingerprint you typed matches.');
  await expectAccessible(page, 'verify with a matching fingerprint');
  await status.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('verify-1366.png'), fullPage: false });

  const wrong = `${printed.slice(0, -1)}${printed.endsWith('0') ? '1' : '0'}`;
  await field.fill(wrong);
  await verify.click();
  await expect(status).toContainText('The fingerprint you typed does not match.');
  await expect(status).toContainText('or a character was mistyped');
  await page.setViewportSize({ width: 720, height: 520 });
  await status.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('verify-720.png'), fullPage: false });
});

test('says plainly when the trail was cut short behind the app’s back', async ({ page, app }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(app.url);
  await signIn(page);
  await recordBreach(page, 'Email to the wrong client');
  await recordBreach(page, 'Stolen laptop');

  // Someone with the database key deletes the newest breach and its trail entries.
  const key = await registerKey(app);
  const db = openDatabase(join(app.dataDir, REGISTER_FILE_NAME), { kind: 'raw', bytes: key }, { create: false });
  db.exec('DROP TRIGGER audit_entry_no_delete');
  const second = `BR-${THIS_YEAR}-0002`;
  db.prepare('DELETE FROM audit_entry WHERE reference = ?').run(second);
  db.prepare('DELETE FROM incident_record WHERE incident_id = (SELECT id FROM incident WHERE reference = ?)').run(second);
  db.prepare('DELETE FROM incident_search WHERE rowid = (SELECT id FROM incident WHERE reference = ?)').run(second);
  db.prepare('DELETE FROM incident WHERE reference = ?').run(second);
  db.close();

  await page.goto(await app.restart());
  await signIn(page);
  await page.goto(`${new URL(page.url()).origin}/#/settings`);
  await page.getByRole('button', { name: 'Verify the register' }).click();
  const status = page.getByRole('status').filter({ hasText: 'Register fingerprint' });
  await expect(status).toContainText('The register does not match its fingerprint.');
  await expect(status).toContainText('The audit trail has been cut short or the register file replaced by an older copy');
  // The rows check sees the reference counter left behind; the fingerprint sees the entries gone.
  await expect(status).toContainText('The reference counter for 2026: “last_number” has been changed outside Breachlog');
  await expectAccessible(page, 'verify with an alarm');
  await status.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('verify-alarm-1366.png'), fullPage: false });
  await page.setViewportSize({ width: 720, height: 520 });
  await status.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('verify-alarm-720.png'), fullPage: false });
});
