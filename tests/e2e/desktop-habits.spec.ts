import type { Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toUkDateAndTime } from '../../shared/uk-time';
import { expectAccessible, expect, fillDateTime, signIn, test, THIS_YEAR } from './fixtures';

/** A UK date and time some hours before now (the services check awareness against the real clock). */
function hoursAgo(hours: number): { date: string; time: string } {
  return toUkDateAndTime(new Date(Date.now() - hours * 3_600_000));
}

/** Records a breach whose clock started the given number of hours ago, and returns to its page. */
async function recordRunningBreach(page: Page, title: string, startedHoursAgo = 2): Promise<void> {
  const { date, time } = hoursAgo(startedHoursAgo);
  await page.getByRole('link', { name: 'Record a breach' }).click();
  await page.getByLabel('Title').fill(title);
  await fillDateTime(page, 'When the organisation became aware', date, time);
  await page.getByRole('button', { name: 'Save to the register' }).click();
  await expect(page.getByRole('region', { name: /Finish the essentials|Assess the risk/ })).toBeVisible();
}

test('the window title names the screen and the breach, and never the breach while locked', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(page).toHaveTitle('Who is using Breachlog? — Breachlog');
  await signIn(page);
  await expect(page).toHaveTitle('Breach register — Breachlog');
  await recordRunningBreach(page, 'Payroll file emailed to the wrong person');
  await expect(page).toHaveTitle(`BR-${THIS_YEAR}-0001 · Breach record — Breachlog`);
  await page.getByRole('link', { name: 'ICO report draft' }).click();
  await expect(page).toHaveTitle(`BR-${THIS_YEAR}-0001 · ICO report draft — Breachlog`);
  await page.goto(`${new URL(app.url).origin}/#/incident/1/assess`);
  await expect(page).toHaveTitle(`BR-${THIS_YEAR}-0001 · Risk assessment — Breachlog`);
  await page.goto(`${new URL(app.url).origin}/#/incident/1/edit/data`);
  await expect(page).toHaveTitle(`BR-${THIS_YEAR}-0001 · The data and the people — Breachlog`);
  await page.getByRole('button', { name: 'Lock now' }).click();
  await expect(page.getByRole('heading', { name: 'The register is locked' })).toBeVisible();
  await expect(page).toHaveTitle('Locked — Breachlog');
});

test('Ctrl+F goes to the register and puts the cursor in its search box, from any screen', async ({ page, app }) => {
  await page.goto(app.url);
  await signIn(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await page.keyboard.press('Control+f');
  await expect(page.getByRole('heading', { name: 'Breach register' })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeFocused();
  await page.keyboard.type('laptop');
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('laptop');
  // Again on the register: focuses and selects what is there, so typing replaces it.
  await page.getByRole('link', { name: 'Record a breach' }).focus();
  await page.keyboard.press('Meta+f');
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeFocused();
  await page.keyboard.type('usb');
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('usb');
});

test('offers to start at sign-in once a clock runs; the answer shows in Settings and writes no personal data', async ({ page, app }) => {
  await page.goto(app.url);
  await signIn(page);
  await page.getByRole('link', { name: 'Record a breach' }).click();
  await page.getByLabel('Title').fill('Lost USB stick');
  await page.getByRole('button', { name: 'Save to the register' }).click();
  await expect(page.getByRole('region', { name: /Finish the essentials|Assess the risk/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Lost USB stick/ })).toBeVisible();
  // No clock yet: nothing to offer.
  await expect(page.getByRole('complementary', { name: 'Start Breachlog when you sign in?' })).toHaveCount(0);

  await page.goto(`${new URL(app.url).origin}/#/incident/1/edit/when`);
  const aware = hoursAgo(1);
  await fillDateTime(page, 'When the organisation became aware', aware.date, aware.time);
  await page.getByRole('button', { name: /Save/ }).first().click();
  await page.getByRole('link', { name: 'Back to the record' }).click();
  const prompt = page.getByRole('complementary', { name: 'Start Breachlog when you sign in?' });
  await expect(prompt).toBeVisible();
  await expectAccessible(page, 'breach page with the sign-in prompt');
  await prompt.getByRole('button', { name: 'No, don’t start it' }).click();
  await expect(prompt).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { name: /Lost USB stick/ })).toBeVisible();
  await expect(prompt).toHaveCount(0);

  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('radio', { name: 'Don’t start it when I sign in' })).toBeChecked();
  await page.getByRole('radio', { name: 'Start Breachlog when I sign in' }).check();
  await expect(page.getByText('Saved.')).toBeVisible();
  await expectAccessible(page, 'settings');
  expect(JSON.parse(readFileSync(join(app.dataDir, 'start-at-sign-in.json'), 'utf8'))).toEqual({ startAtSignIn: 'on' });
  // The clock's schedule sits beside the register, without the breach's title.
  const schedule = readFileSync(join(app.dataDir, 'reminder-schedule.json'), 'utf8');
  expect(schedule).toContain(`BR-${THIS_YEAR}-0001`);
  expect(schedule).not.toContain('USB');
});

test('a clicked reminder opens its breach, after the unlock if the register was locked', async ({ page, app }) => {
  // Stands in for the preload (the Electron part): the page registers its listener with it as it starts.
  await page.addInitScript(() => {
    const listeners: ((id: number) => void)[] = [];
    Object.assign(window, {
      breachlogEvents: { onOpenIncident: (callback: (id: number) => void) => listeners.push(callback) },
      clickReminder: (id: number) => listeners.forEach((listener) => listener(id)),
    });
  });
  const clickReminder = (id: number) => page.evaluate((incidentId) => (window as unknown as { clickReminder(id: number): void }).clickReminder(incidentId), id);
  await page.goto(app.url);
  await signIn(page);
  await recordRunningBreach(page, 'Stolen laptop');
  await page.getByRole('link', { name: 'Back to the register' }).click();
  await recordRunningBreach(page, 'Misdirected email', 3);
  await page.getByRole('link', { name: 'Back to the register' }).click();

  // Open and working: straight there.
  await clickReminder(1);
  await expect(page.getByRole('heading', { name: `BR-${THIS_YEAR}-0001: Stolen laptop` })).toBeVisible();

  // Locked: remembered through the lock screen (and a reload, as the desktop app reloads on lock).
  await page.getByRole('button', { name: 'Lock now' }).click();
  await expect(page.getByRole('heading', { name: 'The register is locked' })).toBeVisible();
  await clickReminder(2);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'The register is locked' })).toBeVisible();
  await expect(page.getByText('Misdirected email')).toHaveCount(0);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByText('Working as Zoë Ødegård')).toBeVisible();
  await expect(page.getByRole('heading', { name: `BR-${THIS_YEAR}-0002: Misdirected email` })).toBeVisible();
  await expect(page).toHaveTitle(`BR-${THIS_YEAR}-0002 · Breach record — Breachlog`);

  // Only once: going back to the register stays there.
  await page.getByRole('link', { name: 'Back to the register' }).click();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Breach register' })).toBeVisible();
  // Nonsense from the event is ignored.
  await page.evaluate(() => (window as unknown as { clickReminder(id: unknown): void }).clickReminder('1; alert(1)'));
  await page.evaluate(() => (window as unknown as { clickReminder(id: unknown): void }).clickReminder(-4));
  await expect(page.getByRole('heading', { name: 'Breach register' })).toBeVisible();
  expect(existsSync(join(app.dataDir, 'reminder-schedule.json'))).toBe(true);
});

test.describe('dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('follows the OS, and every screen passes the accessibility check in dark', async ({ page, app }) => {
    await page.goto(app.url);
    await expectAccessible(page, 'who are you (dark)');
    await signIn(page);
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(background).toBe('rgb(18, 20, 22)');
    // 50 hours in: the clock is due soon, the reminder banner shows.
    await recordRunningBreach(page, 'Stolen laptop', 50);
    await expectAccessible(page, 'breach page (dark)');
    await page.getByRole('link', { name: 'Back to the register' }).click();
    await expect(page.getByRole('region', { name: /Clocks running/ })).toBeVisible();
    await expectAccessible(page, 'register with a due-soon clock (dark)');
    await page.goto(`${new URL(app.url).origin}/#/incident/1/edit/what`);
    await expect(page.getByLabel('Title')).toBeVisible();
    await expectAccessible(page, 'edit the record (dark)');
    await page.goto(`${new URL(app.url).origin}/#/incident/1/assess`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectAccessible(page, 'risk assessment (dark)');
    await page.goto(`${new URL(app.url).origin}/#/incident/1/document/ico-report`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectAccessible(page, 'ICO report draft (dark)');
    // The document stays a white sheet, as it prints.
    const sheet = await page.locator('.doc').first().evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(sheet).toBe('rgb(255, 255, 255)');
    for (const [link, name] of [
      ['Settings', 'settings'],
      ['Security', 'security'],
      ['Audit pack', 'audit pack'],
    ] as const) {
      await page.getByRole('link', { name: link, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectAccessible(page, `${name} (dark)`);
    }
    await page.getByRole('button', { name: 'Lock now' }).click();
    await expect(page.getByRole('heading', { name: 'The register is locked' })).toBeVisible();
    await expectAccessible(page, 'locked (dark)');
  });
});
