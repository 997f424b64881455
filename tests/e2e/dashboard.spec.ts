import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { REGISTER_FILE_NAME } from '../../electron/preview/preview-app';
import { createDispatch } from '../../electron/services/dispatch';
import { downloadSaver } from '../../electron/services/file-saver';
import { createHandlers } from '../../electron/services/handlers/index';
import { builtBackupWorker } from '../../electron/services/backup/backup-worker-script';
import { RegisterSession } from '../../electron/services/register-session';
import { DataFolder } from '../../electron/services/security/data-folder';
import { localToday, resolvePeriod } from '../../shared/dashboard/period';
import { describePeriod } from '../../shared/documents/audit-pack';
import { seedKnownRegister } from '../integration/dashboard/known-register';
import type { Incident } from '../../shared/incident';
import type { AppUnderTest } from './fixtures';
import { REPO_ROOT, expect, signIn, test } from './fixtures';
import { SIZES, checkScreen } from './screen-check';

/** Puts the hand-worked register of the integration tests into the app's data folder, through the app's own services. */
async function seed(app: AppUnderTest): Promise<{ url: string; incidents: Incident[] }> {
  await app.stop();
  const folder = DataFolder.acquire(app.dataDir);
  const clock = { now: new Date() };
  let incidents: Incident[];
  const session = new RegisterSession(join(app.dataDir, REGISTER_FILE_NAME), app.keySource, () => clock.now, folder);
  try {
    const dispatch = createDispatch(createHandlers({
      session,
      saveFile: downloadSaver,
      resourcesDir: join(REPO_ROOT, 'resources'),
      clock: () => clock.now,
      backupWorker: builtBackupWorker(join(REPO_ROOT, 'out', 'main')),
    }));
    const named = await dispatch('session:set-user', { name: 'Zoë Ødegård' });
    if (!named.ok) throw new Error(named.error.message);
    incidents = Object.values(await seedKnownRegister({ dispatch, clock }));
  } finally {
    session.close();
    folder.release();
  }
  return { url: await app.start(), incidents };
}

/**
 * The app counts overdue actions against the real today, and the seeded register has one due on
 * 2 Dec 2026: the count the dashboard should show depends on the day the test runs.
 */
function actionsOverdueToday(incidents: Incident[]): number {
  const today = localToday(new Date(), 'Europe/London');
  return incidents.flatMap((i) => i.actions).filter((a) => !a.done && a.dueDate !== null && a.dueDate < today).length;
}

const figure = (page: Page, label: string) => page.locator('.dashboard-figure').filter({ has: page.getByText(label, { exact: true }) }).locator('.dashboard-figure-value');

for (const size of SIZES) {
  test(`the dashboard of a seeded register at ${size.width}×${size.height}: figures, charts with tables, presets, custom dates, light and dark`, async ({ page, app }, testInfo) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto(app.url);
    await signIn(page);
    const seeded = await seed(app);
    await page.goto(seeded.url);
    await signIn(page);

    await page.getByRole('navigation', { name: 'Breachlog' }).getByRole('link', { name: 'Dashboard' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    const status = page.locator('.dashboard-status');
    const last12 = resolvePeriod({ preset: 'last_12_months' }, new Date(), 'Europe/London');
    await expect(status).toHaveText(`Figures for ${describePeriod(last12.from, last12.to)}.`);
    await expect(page.getByRole('radio', { name: 'Last 12 months' })).toBeChecked();

    // Dates of the seeded register, whatever today is.
    await page.getByRole('radio', { name: 'Dates I choose' }).check();
    await page.getByLabel('From').fill('01/01/2026');
    await page.getByLabel('To (included)').fill('02/12/2026');
    await page.getByRole('button', { name: 'Show these dates' }).click();
    await expect(status).toHaveText('Figures for 1 Jan 2026 to 2 Dec 2026.');
    await expect(figure(page, 'Breaches in the period')).toHaveText('4');
    await expect(figure(page, 'Reported within 72 hours')).toHaveText('33% (1 of 3)');
    await expect(figure(page, 'Median time from awareness to report')).toHaveText('2 days 12 hours 30 minutes');
    await expect(figure(page, 'Median time from awareness to containment')).toHaveText('1 day 12 hours');
    await expect(figure(page, 'Overdue actions')).toHaveText(String(actionsOverdueToday(seeded.incidents)));
    await expect(figure(page, 'Breaches never assessed')).toHaveText('3');

    // Each chart is an image named by its title and description, with its figures as a table.
    const months = page.getByRole('img', { name: /^Breaches per month 4 breaches over 12 months/ });
    await expect(months).toBeVisible();
    await expect(months.locator('rect.chart-bar')).toHaveCount(4);
    await page.getByText('Breaches per month: the figures as a table').click();
    await expect(page.getByRole('row', { name: 'April 2026 1' })).toBeVisible();
    await expect(page.getByRole('row', { name: 'March 2026 0' })).toBeVisible();
    await expect(page.getByRole('img', { name: /^Breaches by cause/ })).toContainText('Cyber attack');
    await expect(page.getByRole('img', { name: /^Reports to the ICO against the 72-hour deadline/ })).toContainText('Reported late');
    await checkScreen(page, testInfo, 'seeded dashboard');

    // A period that can't be: said next to the field, the figures stay as they were.
    await page.getByLabel('To (included)').fill('01/12/2025');
    await page.getByRole('button', { name: 'Show these dates' }).click();
    await expect(page.getByText('The end of the period must not be before its start')).toBeVisible();
    await expect(figure(page, 'Breaches in the period')).toHaveText('4');
    await page.getByLabel('From').fill('01/12/2025');
    await page.getByLabel('To (included)').fill('31/01/2026');
    await page.getByRole('button', { name: 'Show these dates' }).click();
    await expect(figure(page, 'Breaches in the period')).toHaveText('2');
    // The table opened above stays open as the figures change.
    await expect(page.getByRole('row', { name: 'December 2025 1' })).toBeVisible();
    await expect(page.getByRole('row', { name: 'January 2026 1' })).toBeVisible();

    // The presets switch the period straight away.
    const fy = resolvePeriod({ preset: 'financial_year' }, new Date(), 'Europe/London');
    await page.getByRole('radio', { name: 'This financial year (April to March)' }).check();
    await expect(status).toHaveText(`Figures for ${describePeriod(fy.from, fy.to)}.`);
    await expect(page.getByLabel('From')).toHaveCount(0);
    const year = resolvePeriod({ preset: 'this_year' }, new Date(), 'Europe/London');
    await page.getByRole('radio', { name: 'This year' }).check();
    await expect(status).toHaveText(`Figures for ${describePeriod(year.from, year.to)}.`);
    await checkScreen(page, testInfo, 'dashboard for this year');
  });
}

test('the dashboard of an empty register says so, and its audit pack preview shows the same charts', async ({ page, app }, testInfo) => {
  await page.goto(app.url);
  await signIn(page);
  await page.goto(`${app.url.split('#')[0]}#/dashboard`);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect(figure(page, 'Breaches in the period')).toHaveText('0');
  await expect(figure(page, 'Reported within 72 hours')).toHaveText('No report was due');
  await expect(page.getByRole('img', { name: 'Breaches per month No breaches in this period.' })).toBeVisible();
  await checkScreen(page, testInfo, 'empty dashboard');

  await page.getByRole('link', { name: 'audit pack', exact: true }).click();
  await page.getByRole('button', { name: 'Preview the audit pack' }).click();
  const preview = page.getByRole('article', { name: 'Audit pack preview' });
  await expect(preview.getByRole('heading', { name: 'The period at a glance' })).toBeVisible();
  await expect(preview.getByRole('img', { name: /^Breaches by type/ })).toBeVisible();
  await checkScreen(page, testInfo, 'audit pack preview with charts');
  await preview.getByRole('heading', { name: 'Breaches per month' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('audit-pack-preview.png') });
});
