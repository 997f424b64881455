import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expectAccessible, expect, fillDateTime, signIn, test } from './fixtures';

test('edits the letter apart from the record, saves it, and the PDF has the new words and the address', async ({ page, app }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(app.url);
  await signIn(page);
  await page.getByRole('button', { name: 'Later' }).click();
  await page.getByRole('link', { name: 'Record a breach' }).click();
  await page.getByLabel('Title').fill('Invoices emailed to Harbour Lettings');
  await fillDateTime(page, 'When the organisation became aware', '20/11/2026', '11:00');
  await page.getByLabel('What happened').fill('Invoices for the 40 customers were emailed to Harbour Lettings Ltd.');
  await page.getByRole('button', { name: 'Save to the register' }).click();
  await expect(page.getByRole('heading', { name: /BR-2026-0001/ })).toBeVisible();

  await page.getByRole('link', { name: 'Letter to the people affected' }).click();
  const preview = page.getByRole('article', { name: 'Letter to the people affected preview' });
  await expect(preview).not.toContainText('Harbour Lettings');
  await expect(preview).not.toContainText('40 customers');
  await page.getByRole('link', { name: 'Edit the letter' }).click();
  await expect(page.getByRole('heading', { name: 'Edit the letter to the people affected' })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Not saved yet' })).toBeVisible();
  await expectAccessible(page, 'letter editor');

  await page.getByLabel(/^Recipient’s name and address/).fill('Ms Aisha Khan\n4 Park Row\nLeeds\nLS1 5HD');
  await page.getByLabel(/^Greeting/).fill('Dear Ms Khan,');
  await page.getByLabel(/^What happened/).fill('An email with your invoice went to the wrong address.');
  await page.getByRole('button', { name: 'Save the letter' }).click();

  await expect(preview).toContainText('An email with your invoice went to the wrong address.');
  await expect(preview).toContainText('Ms Aisha Khan');
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save PDF' }).click();
  const path = join(app.dataDir, 'letter.pdf');
  await (await downloadPromise).saveAs(path);
  const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
  expect(text).toContain('An email with your invoice went to the wrong address.');
  expect(text).toContain('Dear Ms Khan,');
  const window = execFileSync('pdftotext', ['-x', '60', '-y', '140', '-W', '260', '-H', '120', '-f', '1', '-l', '1', path, '-'], { encoding: 'utf8' });
  expect(window.replace(/\s+/g, ' ').trim()).toBe('Ms Aisha Khan 4 Park Row Leeds LS1 5HD');

  await page.getByRole('link', { name: 'Edit the letter' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Version 1, saved/ })).toBeVisible();
  await expect(page.getByLabel(/^What happened/)).toHaveValue('An email with your invoice went to the wrong address.');
});
