import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, fillDateTime, signIn, test, THIS_YEAR } from './fixtures';
import { SIZES, checkScreen } from './screen-check';

function pdfText(path: string, ...args: string[]): string {
  return execFileSync('pdftotext', [...args, path, '-'], { encoding: 'utf8' });
}

async function saveLetterPdf(page: Page, path: string): Promise<string> {
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save PDF' }).click();
  await (await downloadPromise).saveAs(path);
  return pdfText(path);
}

for (const size of SIZES) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('edits the letter apart from the record, saves it, and the PDF has the new words and the address', async ({ page, app }, testInfo) => {
      test.slow();
      await page.goto(app.url);
      await signIn(page);
      await page.getByRole('button', { name: 'Later' }).click();
      await page.getByRole('link', { name: 'Record a breach' }).click();
      await page.getByLabel('Title').fill('Invoices emailed to Harbour Lettings');
      await fillDateTime(page, 'When the organisation became aware', '20/11/2026', '11:00');
      await page.getByLabel('What happened').fill('Invoices for the 40 customers were emailed to Harbour Lettings Ltd.');
      await page.getByRole('button', { name: 'Save to the register' }).click();
      await expect(page.getByRole('heading', { name: new RegExp(String.raw`BR-${THIS_YEAR}-0001`) })).toBeVisible();

      await page.getByRole('link', { name: 'Letter to the people affected' }).click();
      const preview = page.getByRole('article', { name: 'Letter to the people affected preview' });
      await expect(preview).not.toContainText('Harbour Lettings');
      await expect(preview).not.toContainText('40 customers');
      await checkScreen(page, testInfo, 'letter preview');
      await page.getByRole('link', { name: 'Edit the letter' }).click();
      await expect(page.getByRole('heading', { name: 'Edit the letter to the people affected' })).toBeFocused();
      await expect(page.getByRole('status').filter({ hasText: 'Not saved yet' })).toBeVisible();
      await expect(page.getByRole('region', { name: 'Versions of this letter' })).toContainText('No version is saved yet');
      await checkScreen(page, testInfo, 'letter editor');

      await page.getByLabel(/^Recipient’s name and address/).fill('Ms Aisha Khan\n4 Park Row\nLeeds\nLS1 5HD');
      await page.getByLabel(/^Greeting/).fill('Dear Ms Khan,');
      await page.getByLabel(/^What happened/).fill('An email with your invoice went to the wrong address.');
      await page.getByRole('button', { name: 'Save the letter' }).click();

      await expect(preview).toContainText('An email with your invoice went to the wrong address.');
      await expect(preview).toContainText('Ms Aisha Khan');
      const path = join(app.dataDir, 'letter.pdf');
      const text = await saveLetterPdf(page, path);
      expect(text).toContain('An email with your invoice went to the wrong address.');
      expect(text).toContain('Dear Ms Khan,');
      const window = pdfText(path, '-x', '60', '-y', '140', '-W', '260', '-H', '120', '-f', '1', '-l', '1');
      expect(window.replace(/\s+/g, ' ').trim()).toBe('Ms Aisha Khan 4 Park Row Leeds LS1 5HD');

      await page.getByRole('link', { name: 'Edit the letter' }).click();
      await expect(page.getByRole('status').filter({ hasText: /Version 1, saved \w{3} \d{1,2} \w{3} 2026, \d\d:\d\d by Zoë Ødegård/ })).toBeVisible();
      await expect(page.getByLabel(/^What happened/)).toHaveValue('An email with your invoice went to the wrong address.');

      // A second version, then the history: read the first as it was, and bring it back.
      await page.getByLabel(/^What happened/).fill('We sent your invoice to another company by mistake.');
      await page.getByRole('button', { name: 'Save the letter' }).click();
      await expect(preview).toContainText('We sent your invoice to another company by mistake.');
      await page.getByRole('link', { name: 'Edit the letter' }).click();
      const history = page.getByRole('table', { name: 'Saved versions of the letter, newest first' });
      await expect(history.getByRole('row')).toHaveCount(3);
      await expect(history.getByRole('row').nth(1)).toContainText(/2\s*Current.*Zoë Ødegård/);
      await expect(history.getByRole('row').nth(2)).toContainText(/1.*\w{3} \d{1,2} \w{3} 2026, \d\d:\d\d.*Zoë Ødegård/);
      await page.getByRole('heading', { name: 'Versions of this letter' }).scrollIntoViewIfNeeded();
      await checkScreen(page, testInfo, 'letter editor with its history');

      await history.getByRole('button', { name: 'Read version 1' }).click();
      const version = page.getByRole('region', { name: 'Version 1 (read only)' });
      await expect(page.getByRole('heading', { name: 'Version 1 (read only)' })).toBeFocused();
      await expect(version).toContainText('An email with your invoice went to the wrong address.');
      await expect(version).not.toContainText('another company');
      // Read only: no box to type in, and the editor is out of the way.
      await expect(version.getByRole('textbox')).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Save the letter' })).toHaveCount(0);
      await checkScreen(page, testInfo, 'an older version of the letter');

      // "Back" changes nothing; "Make this the current letter" saves it again as version 3.
      await page.getByRole('button', { name: 'Back to the current letter' }).click();
      await expect(page.getByRole('heading', { name: 'Versions of this letter' })).toBeFocused();
      await expect(page.getByLabel(/^What happened/)).toHaveValue('We sent your invoice to another company by mistake.');
      await history.getByRole('button', { name: 'Read version 1' }).click();
      await page.getByRole('button', { name: 'Make this the current letter' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Version 1 is the current letter again, saved as version 3.' })).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: 'Version 3, saved' })).toContainText('bringing back version 1');
      await expect(page.getByLabel(/^What happened/)).toHaveValue('An email with your invoice went to the wrong address.');
      await expect(history.getByRole('row')).toHaveCount(4);
      await expect(history.getByRole('row').nth(1)).toContainText('brings back version 1');

      await page.getByRole('link', { name: '← Back to the letter' }).click();
      await expect(preview).toContainText('An email with your invoice went to the wrong address.');
      const restored = await saveLetterPdf(page, join(app.dataDir, 'letter-restored.pdf'));
      expect(restored).toContain('An email with your invoice went to the wrong address.');
      expect(restored).not.toContain('another company');

      // The breach's timeline says the letter was brought back.
      await page.getByRole('link', { name: '← Back to the incident' }).click();
      await expect(page.getByRole('list', { name: 'Timeline of this record' })).toContainText(/Made letter version 1 the current one again \(as version \d+\)/);
    });
  });
}
