import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expectAccessible, expect, fillDateTime, signIn, test, THIS_YEAR } from './fixtures';

const NOT_YET_KNOWN = 'Not yet known — to follow';

async function recordBreach(page: Page, title: string): Promise<void> {
  await page.getByRole('link', { name: 'Record a breach' }).click();
  await page.getByLabel('Title').fill(title);
  await fillDateTime(page, 'When the organisation became aware', '20/11/2026', '11:00');
  await page.getByLabel('What happened').fill('Posted to the old address of Łukasz Żółć; Дмитрий noticed.');
  await page.getByRole('button', { name: 'Save to the register' }).click();
  await expect(page.getByRole('region', { name: /Finish the essentials|Assess the risk/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: new RegExp(`BR-${THIS_YEAR}-0001: ${title}`) })).toBeVisible();
}

test('asks for the organisation once, and every document then uses it', async ({ page, app }) => {
  await page.goto(app.url);
  await signIn(page);
  const prompt = page.getByRole('complementary', { name: 'Your organisation’s details' });
  await expect(prompt).toBeVisible();
  await expectAccessible(page, 'register with the organisation prompt');
  await prompt.getByRole('link', { name: 'Add organisation details' }).click();

  await expect(page.getByRole('heading', { name: 'Organisation details' })).toBeVisible();
  await expectAccessible(page, 'organisation details');
  await page.getByLabel(/^Organisation name/).fill('Ødegård & Żółć Accountants Ltd');
  await page.getByLabel(/^ICO registration number/).fill('ZA123456');
  await page.getByRole('radio', { name: 'Data protection officer' }).check();
  const contactEmail = page.getByLabel(/^Contact’s email/);
  await contactEmail.fill('not an email');
  await page.getByRole('button', { name: 'Save organisation details' }).click();
  await expect(page.getByText('Enter an email address like name@example.co.uk')).toBeVisible();
  await contactEmail.fill('dpo@example.co.uk');
  await page.getByLabel(/^Contact’s name/).fill('Дмитрий Иванов');
  await page.getByRole('button', { name: 'Save organisation details' }).click();
  await expect(page.getByText('Saved. Every document will use these details from now on.')).toBeVisible();

  await page.reload();
  await expect(page.getByLabel(/^Organisation name/)).toHaveValue('Ødegård & Żółć Accountants Ltd');
  await page.getByRole('link', { name: 'Breachlog' }).click();
  await expect(page.getByRole('heading', { name: 'Breach register' })).toBeVisible();
  await expect(prompt).toHaveCount(0);

  await recordBreach(page, 'Letter sent to the wrong address');
  await page.getByRole('link', { name: 'Letter to the people affected' }).click();
  await expect(page.getByRole('heading', { name: 'Letter to the people affected' })).toBeVisible();
  const letter = page.getByRole('article', { name: 'Letter to the people affected preview' });
  await expect(letter).toContainText('please contact our data protection officer, Дмитрий Иванов, by email at dpo@example.co.uk');
  await expectAccessible(page, 'letter preview');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save as text' }).click();
  const text = await download;
  expect(text.suggestedFilename()).toMatch(new RegExp(String.raw`^BR-${THIS_YEAR}-0001 letter to the people affected \d{4}-\d\d-\d\d\.txt$`));
  const path = join(app.dataDir, 'letter.txt');
  await text.saveAs(path);
  expect(readFileSync(path, 'utf8')).toContain('Ødegård & Żółć Accountants Ltd');
});

test('previews the ICO report draft, saves it and reads it back; "later" stops the question', async ({ page, app }) => {
  await page.goto(app.url);
  await signIn(page);
  await page.getByRole('button', { name: 'Later' }).click();
  await expect(page.getByRole('complementary', { name: 'Your organisation’s details' })).toHaveCount(0);
  await recordBreach(page, 'Client list emailed to Zoë Ødegård by mistake');

  await page.getByRole('link', { name: 'ICO report draft' }).click();
  await expect(page.getByRole('heading', { name: 'ICO report draft', level: 1 })).toBeVisible();
  const preview = page.getByRole('article', { name: 'ICO report draft preview' });
  await expect(preview.getByRole('heading', { name: 'Personal data breach report to the ICO' })).toBeVisible();
  await expect(preview).toContainText(`BR-${THIS_YEAR}-0001 · DRAFT — not yet submitted`);
  await expect(preview.getByRole('heading', { name: '10. About the organisation and contact' })).toBeVisible();
  await expect(preview).toContainText(`Organisation name${NOT_YET_KNOWN}`);
  await expect(page.getByRole('note')).toContainText('Your organisation’s details are missing');
  await expectAccessible(page, 'ICO report preview');

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save PDF' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(new RegExp(String.raw`^BR-${THIS_YEAR}-0001 ICO report draft \d{4}-\d\d-\d\d\.pdf$`));
  const path = join(app.dataDir, 'report.pdf');
  await download.saveAs(path);
  const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
  expect(text).toContain('Client list emailed to Zoë Ødegård by mistake');
  expect(text).toContain('Posted to the old address of Łukasz Żółć; Дмитрий noticed.');
  expect(text).toContain('Fri 20 Nov 2026, 11:00');
  expect(text).toContain('Mon 23 Nov 2026, 11:00'); // the 72-hour deadline
  expect(text).toContain('DRAFT — not yet submitted');
  expect(text).toContain(NOT_YET_KNOWN);
  expect(text).toMatch(/Page 1 of \d/);
  await expect(page.getByText(new RegExp(`^Downloaded “BR-${THIS_YEAR}-0001 ICO report draft`))).toBeVisible();

  // The question is not asked again after a restart.
  const url = await app.restart();
  await page.goto(url);
  await signIn(page);
  await expect(page.getByRole('complementary', { name: 'Your organisation’s details' })).toHaveCount(0);
});

test('previews the audit pack for a period and exports the register as CSV', async ({ page, app }) => {
  await page.goto(app.url);
  await signIn(page);
  await recordBreach(page, 'Laptop stolen from a car, with "Payroll, 2026" on it');
  await page.getByRole('link', { name: 'Audit pack' }).click();
  await expect(page.getByRole('heading', { name: 'Audit pack and register export' })).toBeVisible();
  await page.getByLabel('From').fill('01/01/2026');
  await page.getByLabel('To (included)').fill('31/12/2026');
  await page.getByRole('button', { name: 'Preview the audit pack' }).click();
  const preview = page.getByRole('article', { name: 'Audit pack preview' });
  await expect(preview.getByRole('table', { name: /Oldest first/ })).toContainText(`BR-${THIS_YEAR}-0001`);
  await expect(preview).toContainText('Audit trail verification');
  await expect(preview).toContainText(/Intact: all \d+ entries of the audit trail check out/);
  await expectAccessible(page, 'audit pack preview');

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as CSV' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^Breach register 2026-01-01 to 2026-12-31 \d{4}-\d\d-\d\d\.csv$/);
  const path = join(app.dataDir, 'register.csv');
  await download.saveAs(path);
  const csv = readFileSync(path, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain('"Laptop stolen from a car, with ""Payroll, 2026"" on it"');

  await page.getByLabel('To (included)').fill('31/12/2025');
  await page.getByRole('button', { name: 'Preview the audit pack' }).click();
  await expect(page.getByText('The end of the period must not be before its start')).toBeVisible();
});
