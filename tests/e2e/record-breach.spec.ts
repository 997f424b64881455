import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expectAccessible, expect, fillDateTime, signIn, test, THIS_YEAR } from './fixtures';

test('records a breach by keyboard, sees its countdown, and finds it after a reload and a restart', async ({ page, app }) => {
  await page.clock.setFixedTime(new Date('2026-11-24T09:00:00Z'));
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Who is using Breachlog?' })).toBeVisible();
  await expectAccessible(page, 'who is using');
  await page.getByLabel('Your name').focus();
  await page.keyboard.type('Zoë Ødegård');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Breach register' })).toBeVisible();
  await expect(page.getByText('No breaches recorded yet.')).toBeVisible();
  await expectAccessible(page, 'empty register');
  expect(page.url()).not.toContain('token=');

  await page.getByRole('link', { name: 'Record a breach' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Record a breach' })).toBeVisible();
  await expectAccessible(page, 'new incident form');

  await page.getByLabel('Title').focus();
  await page.keyboard.type('Payroll file emailed to Łukasz Żółć by mistake');
  const aware = page.getByRole('group', { name: 'When the organisation became aware' });
  await page.keyboard.press('Tab');
  await expect(aware.getByLabel('Date')).toBeFocused();
  await page.keyboard.type('23/11/2026');
  await page.keyboard.press('Tab');
  await page.keyboard.type('16:05');
  await page.keyboard.press('Tab'); // "Use the time now"
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('What happened')).toBeFocused();
  await page.keyboard.type('The payroll file for November went to an external address.');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');

  // Saving leads to the breach's page, its next step and its countdown, not back to the form.
  await expect(page.getByRole('heading', { name: new RegExp(String.raw`BR-${THIS_YEAR}-0001: Payroll file emailed to Łukasz Żółć`) })).toBeVisible();
  await expect(page.getByText('Mon 23 Nov 2026, 16:05').first()).toBeVisible();
  await expect(page.getByText('Thu 26 Nov 2026, 16:05').first()).toBeVisible();
  await expect(page.getByText('2 days 7 hours 5 minutes left', { exact: true })).toBeVisible();
  await expectAccessible(page, 'incident page');

  await page.getByRole('link', { name: 'Back to the register' }).click();
  const row = page.getByRole('row', { name: new RegExp(String.raw`BR-${THIS_YEAR}-0001`) });
  await expect(row).toContainText('Payroll file emailed to Łukasz Żółć by mistake');
  await expect(row).toContainText('Running 2 days 7 hours 5 minutes left');
  await expectAccessible(page, 'register with one breach');

  await page.reload();
  await expect(page.getByRole('row', { name: new RegExp(String.raw`BR-${THIS_YEAR}-0001`) })).toBeVisible();

  const url = await app.restart();
  await page.goto(url);
  await signIn(page);
  await expect(page.getByRole('row', { name: new RegExp(String.raw`BR-${THIS_YEAR}-0001`) })).toContainText('Payroll file emailed');
});

test('the countdown is live: running, then due soon, then overdue', async ({ page, app }) => {
  await page.clock.install({ time: new Date('2026-11-23T16:29:00Z') });
  await page.clock.pauseAt(new Date('2026-11-23T16:30:00Z'));
  await page.goto(app.url);
  await signIn(page);
  await page.getByRole('link', { name: 'Record a breach' }).click();
  await page.getByLabel('Title').fill('Laptop stolen from car');
  await fillDateTime(page, 'When the organisation became aware', '23/11/2026', '16:05');
  await page.getByRole('button', { name: 'Save to the register' }).click();
  const clock = page.getByRole('region', { name: /72-hour clock/ });
  await expect(clock).toContainText('72-hour clock: Running2 days 23 hours 35 minutes left');

  await page.clock.fastForward('48:00:00');
  await expect(clock).toContainText('72-hour clock: Due soon23 hours 35 minutes left');
  await page.clock.fastForward('24:00:00');
  await expect(clock).toContainText('72-hour clock: OverdueThe deadline passed 25 minutes ago.');
});

test('shows clear messages beside the fields and saves nothing when the form is wrong', async ({ page, app }) => {
  await page.clock.setFixedTime(new Date('2026-11-24T09:00:00Z'));
  await page.goto(app.url);
  await signIn(page);
  await page.getByRole('link', { name: 'Record a breach' }).click();
  await fillDateTime(page, 'When the organisation became aware', '31/02/2026', '16:05');
  await page.getByLabel('What happened').fill('Typed before the mistake was noticed');
  await page.getByRole('button', { name: 'Save to the register' }).click();

  await expect(page.getByText('Give the breach a short title')).toBeVisible();
  await expect(page.getByLabel('Title')).toBeFocused();
  await expect(page.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'form with errors');

  await page.getByLabel('Title').fill('A title');
  await page.getByRole('button', { name: 'Save to the register' }).click();
  await expect(page.getByText('Enter a real date as day/month/year, for example 23/11/2026')).toBeVisible();

  // What was typed survives leaving the page (and a crash): it is kept as a draft.
  await page.waitForTimeout(1000);
  await page.goto(app.url);
  await expect(page.getByText('No breaches recorded yet.')).toBeVisible();
  await page.getByRole('link', { name: 'Record a breach' }).click();
  await expect(page.getByText('What you typed earlier has been restored')).toBeVisible();
  await expect(page.getByLabel('What happened')).toHaveValue('Typed before the mistake was noticed');
});

test('refuses an awareness time in the future with the message from the main process', async ({ page, app }) => {
  await page.clock.setFixedTime(new Date('2026-11-24T09:00:00Z'));
  await page.goto(app.url);
  await signIn(page);
  await page.getByRole('link', { name: 'Record a breach' }).click();
  await page.getByLabel('Title').fill('Future');
  await fillDateTime(page, 'When the organisation became aware', '01/01/2099', '10:00');
  await page.getByRole('button', { name: 'Save to the register' }).click();
  await expect(page.getByText('This time is in the future: enter when you actually became aware')).toBeVisible();
});

test('saves a one-page PDF summary that reads back with the right text', async ({ page, app }) => {
  await page.goto(app.url);
  await signIn(page);
  await page.getByRole('link', { name: 'Record a breach' }).click();
  await page.getByLabel('Title').fill('Letter to Zoë Ødegård sent to wrong address');
  await fillDateTime(page, 'When the organisation became aware', '20/11/2026', '11:00');
  await page.getByLabel('What happened').fill('Posted to the old address of Łukasz Żółć.');
  await page.getByRole('button', { name: 'Save to the register' }).click();

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save PDF summary' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(new RegExp(String.raw`^BR-${THIS_YEAR}-0001 breach summary .+\.pdf$`));
  const path = join(app.dataDir, 'summary.pdf');
  await download.saveAs(path);
  const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
  expect(text).toContain('Letter to Zoë Ødegård sent to wrong address');
  expect(text).toContain('Posted to the old address of Łukasz Żółć.');
  expect(text).toContain('Fri 20 Nov 2026, 11:00');
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toContainText(`BR-${THIS_YEAR}-0001 breach summary`);
});
