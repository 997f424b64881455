import type { Page } from '@playwright/test';
import { expect, expectAccessible, signIn, test } from './fixtures';

async function recordBreach(page: Page, title: string): Promise<void> {
  await page.getByRole('link', { name: 'Record a breach' }).click();
  await page.getByLabel('Title').fill(title);
  await page.getByRole('button', { name: 'Save to the register' }).click();
  await expect(page.getByRole('link', { name: 'Back to the record' })).toBeVisible();
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
