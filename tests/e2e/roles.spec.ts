import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expectAccessible, expect, fillDateTime, signIn, test, THIS_YEAR } from './fixtures';

async function recordBreach(page: Page, title: string, reference: string): Promise<void> {
  await page.getByRole('link', { name: 'Record a breach' }).click();
  await page.getByLabel('Title').fill(title);
  await fillDateTime(page, 'When the organisation became aware', '20/11/2026', '11:00');
  await page.getByLabel('What happened').fill(`${title}: Łukasz Żółć noticed.`);
  await page.getByRole('button', { name: 'Save to the register' }).click();
  await expect(page.getByRole('heading', { name: new RegExp(`${reference}: ${title}`) })).toBeVisible();
}

test('a near miss stays out of the breach counts and clocks, and is shown as a near miss', async ({ page, app }) => {
  await page.goto(app.url);
  await signIn(page);
  await recordBreach(page, 'Payslip posted to the wrong address', `BR-${THIS_YEAR}-0001`);
  await page.getByRole('link', { name: 'Back to the register' }).click();
  await recordBreach(page, 'Client list email stopped in the outbox', `BR-${THIS_YEAR}-0002`);

  const kind = page.getByRole('region', { name: 'Breach or near miss' });
  await kind.getByRole('button', { name: 'Mark as a near miss…' }).click();
  await kind.getByRole('button', { name: 'Mark as a near miss' }).click();
  await expect(kind.getByText('Give the reason for the change')).toBeVisible();
  await kind.getByLabel('Why').fill('Caught in the outbox and deleted before it was sent.');
  await kind.getByRole('button', { name: 'Mark as a near miss' }).click();
  await expect(page.getByRole('heading', { name: /Near miss\s*No personal data was compromised/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Clock: No clock (near miss)' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'ICO report draft' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Letter to the people affected' })).toHaveCount(0);
  await expectAccessible(page, 'near miss page');

  await page.getByRole('link', { name: 'Back to the register' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText('Showing 1–1 of 1 breach');
  const table = page.getByRole('table');
  await expect(table).toContainText('Payslip posted to the wrong address');
  await expect(table).not.toContainText('Client list email stopped in the outbox');
  const running = page.getByRole('region', { name: /running|clock/i });
  await expect(running.first()).not.toContainText('Client list email stopped in the outbox');

  await page.getByLabel('Breaches or near misses').selectOption({ label: 'Near misses' });
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText('Showing 1–1 of 1 near miss');
  await expect(table.getByRole('row', { name: /Client list email stopped/ })).toContainText('Near miss');
  await expect(table.getByRole('row', { name: /Client list email stopped/ })).toContainText('No report (near miss)');
  await page.getByLabel('Breaches or near misses').selectOption({ label: 'Breaches and near misses' });
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText('Showing 1–2 of 2 records (breaches and near misses)');
  await expectAccessible(page, 'register with near misses');
});

test('a processor records the controller to tell and saves the notice to the controller as a PDF', async ({ page, app }) => {
  await page.goto(app.url);
  await signIn(page);
  await recordBreach(page, 'Client payslips uploaded to the wrong portal', `BR-${THIS_YEAR}-0001`);

  const role = page.getByRole('region', { name: 'Whose data it is' });
  await role.getByRole('radio', { name: /We are the processor/ }).check();
  await role.getByRole('button', { name: 'Save our role' }).click();
  await expect(page.getByRole('heading', { name: 'Clock: Tell the controller' })).toBeVisible();
  await expect(page.getByText('Tell the controller without undue delay (Art. 33(2))')).toBeVisible();
  await expect(page.getByRole('link', { name: 'ICO report draft' })).toHaveCount(0);

  await role.getByLabel('Controller (the client whose data it is)').fill('Ørsted Joinery Ltd');
  await role.getByLabel(/Who to tell there/).fill('Agnieszka Wróbel — agnieszka@orsted-joinery.example');
  await role.getByRole('button', { name: 'Save the controller’s details' }).click();
  await expect(role.getByText('Saved.', { exact: true })).toBeVisible();
  await expectAccessible(page, 'processor’s breach page');

  await role.getByRole('link', { name: 'Notice to the controller' }).click();
  await expect(page.getByRole('heading', { name: 'Notice to the controller' })).toBeVisible();
  await expect(page.getByRole('article', { name: 'Notice to the controller preview' })).toContainText('To (controller)');
  await expectAccessible(page, 'notice to the controller preview');
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save PDF' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(new RegExp(String.raw`^BR-${THIS_YEAR}-0001 notice to the controller \d{4}-\d\d-\d\d\.pdf$`));
  const path = join(app.dataDir, 'notice.pdf');
  await download.saveAs(path);
  const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Notice of a personal data breach to the controller');
  expect(text).toContain('Ørsted Joinery Ltd');
  expect(text).toContain('agnieszka@orsted-joinery.example');
  expect(text).toContain('UK GDPR Art. 33(2)');
  expect(text).toContain('Client payslips uploaded to the wrong portal: Łukasz Żółć noticed.');
  expect(text).toContain('Fri 20 Nov 2026, 11:00');

  await page.getByRole('link', { name: 'Back to the incident' }).click();
  await fillDateTime(page, 'When you told the controller', '20/11/2026', '12:30');
  await page.getByRole('button', { name: 'Save the controller’s details' }).click();
  await expect(page.getByRole('heading', { name: 'Clock: Controller told' })).toBeVisible();
});
