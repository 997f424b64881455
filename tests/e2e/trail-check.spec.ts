import Database from 'better-sqlite3-multiple-ciphers';
import { join } from 'node:path';
import { unlockConnection } from '../../electron/services/database/open-database';
import { expectAccessible, expect, registerKey, signIn, test } from './fixtures';

/** Edits the register file behind the app's back, with its key, as someone holding the key could. */
async function tamper(dataDir: string, key: Buffer, sql: string): Promise<void> {
  const db = new Database(join(dataDir, 'register.db'), { fileMustExist: true });
  try {
    unlockConnection(db, { kind: 'raw', bytes: key });
    db.exec(sql);
  } finally {
    db.close();
  }
}

test('the home screen says so when the check at unlock finds the register changed behind the app’s back', async ({ page, app }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(app.url);
  await signIn(page);
  await expect(page.getByRole('heading', { name: 'Breach register' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'does not match its audit trail' })).toHaveCount(0);

  await page.goto(`${app.url.split('#')[0]}#/settings`);
  await page.getByLabel('Keep closed breaches for (years)').fill('8');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
  await expect(page.getByText(/Intact: all \d+ entries of the audit trail and all \d+ rows of the register check out \(checked when the register was unlocked/)).toBeVisible();

  const key = await registerKey(app);
  await tamper(app.dataDir, key, `UPDATE setting SET value_json = json_set(value_json, '$.retentionYears', 1) WHERE key = 'register';`);
  const url = await app.restart();
  await page.goto(url);
  await signIn(page);

  const banner = page.getByRole('alert').filter({ hasText: 'The register does not match its audit trail' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('The setting “register”: “retentionYears” has been changed outside Breachlog');
  await expectAccessible(page, 'home with the unlock check banner');
  await page.screenshot({ path: 'test-results/unlock-check-1366x768.png' });
  await page.setViewportSize({ width: 720, height: 520 });
  await page.screenshot({ path: 'test-results/unlock-check-720x520.png', fullPage: true });

  await banner.getByRole('link', { name: 'See the full verify result' }).click();
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  const result = page.getByRole('status').filter({ hasText: 'One problem found' });
  await expect(result).toBeVisible();
  await expect(result).toContainText('The setting “register”: “retentionYears” has been changed outside Breachlog');
  await expectAccessible(page, 'settings with the full verify result');
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: 'test-results/verify-result-1366x768.png' });
});
