import type { APIRequestContext, Page } from '@playwright/test';
import { expectAccessible, expect, fillDateTime, signIn, test, THIS_YEAR } from './fixtures';

/** Records breaches through the contract, each aware some hours ago so its clock runs. */
async function recordRunningBreaches(request: APIRequestContext, appUrl: string, count: number): Promise<void> {
  const url = new URL(appUrl);
  for (let i = 0; i < count; i++) {
    const response = await request.post(new URL('/api/incident:create', url).toString(), {
      headers: { 'x-breachlog-token': url.searchParams.get('token') ?? '' },
      data: { title: `Payroll spreadsheet emailed to the wrong client ${i + 1}`, awareAt: new Date(Date.now() - (i + 1) * 3_600_000).toISOString() },
    });
    expect(((await response.json()) as { ok: boolean }).ok).toBe(true);
  }
}

const SCREENS: readonly { name: string; hash: string; heading: RegExp }[] = [
  { name: 'register', hash: '#/', heading: /^Breach register$/ },
  { name: 'breach page', hash: '#/incident/1', heading: new RegExp(String.raw`^BR-${THIS_YEAR}-0001`) },
  { name: 'record a breach', hash: '#/new', heading: /^Record a breach$/ },
  { name: 'a step of the record', hash: '#/incident/1/edit/data', heading: /./ },
  { name: 'risk assessment', hash: '#/incident/1/assess', heading: /./ },
  { name: 'dashboard', hash: '#/dashboard', heading: /^Dashboard$/ },
  { name: 'audit pack', hash: '#/documents', heading: /./ },
  { name: 'settings', hash: '#/settings', heading: /^Settings$/ },
  { name: 'security', hash: '#/security', heading: /^Security and backups$/ },
];

async function openScreen(page: Page, appUrl: string, hash: string, heading: RegExp): Promise<void> {
  await page.goto(`${appUrl.split('?')[0]}${hash}`);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: heading }).first()).toBeVisible();
}

/** How far the page can scroll sideways: 0 when everything fits the window. */
async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test('every screen fits the smallest window without sideways scrolling, and passes axe in light and dark', async ({ page, app, request }) => {
  test.setTimeout(420_000);
  await page.setViewportSize({ width: 720, height: 520 });
  await page.goto(app.url);
  await signIn(page);
  await recordRunningBreaches(request, app.url, 3);
  for (const screen of SCREENS) {
    await openScreen(page, app.url, screen.hash, screen.heading);
    expect(await sidewaysOverflow(page), `${screen.name} scrolls sideways at 720 px`).toBe(0);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await expectAccessible(page, `${screen.name} (${colorScheme}, 720×520)`);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  }
  // The laptop size too, where the navigation is a pane beside the screen.
  await page.setViewportSize({ width: 1366, height: 768 });
  for (const screen of SCREENS) {
    await openScreen(page, app.url, screen.hash, screen.heading);
    expect(await sidewaysOverflow(page), `${screen.name} scrolls sideways at 1366 px`).toBe(0);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectAccessible(page, `${screen.name} (dark, 1366×768)`);
    await page.emulateMedia({ colorScheme: 'light' });
  }
});

test('the lock and unlock screens pass axe in dark mode too', async ({ page, app }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(app.url);
  await expectAccessible(page, 'who is using Breachlog (dark)');
  await signIn(page);
  await page.getByRole('button', { name: 'Lock now' }).click();
  await expect(page.getByRole('heading', { name: 'The register is locked' })).toBeVisible();
  await expectAccessible(page, 'locked (dark)');
});

test('the register sits beside the chosen breach on a wide screen, and alone on a laptop', async ({ page, app, request }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(app.url);
  await signIn(page);
  await recordRunningBreaches(request, app.url, 2);
  await page.reload();
  await page.getByRole('table', { name: 'Recorded breaches' }).getByRole('link', { name: `BR-${THIS_YEAR}-0002` }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(String.raw`^BR-${THIS_YEAR}-0002`) })).toBeVisible();
  // The list stays, with the chosen row marked; a reference never wraps.
  const table = page.getByRole('table', { name: 'Recorded breaches' });
  await expect(table).toBeVisible();
  await expect(table.getByRole('link', { name: `BR-${THIS_YEAR}-0002` })).toHaveAttribute('aria-current', 'true');
  const link = table.getByRole('link', { name: `BR-${THIS_YEAR}-0001` });
  const box = await link.boundingBox();
  const lineHeight = await link.evaluate((element) => parseFloat(getComputedStyle(element).lineHeight));
  expect(box?.height ?? 0).toBeLessThan(lineHeight * 1.5);
  await table.getByRole('link', { name: `BR-${THIS_YEAR}-0001` }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(String.raw`^BR-${THIS_YEAR}-0001`) })).toBeVisible();
  await expectAccessible(page, 'register beside a breach');

  await page.setViewportSize({ width: 1366, height: 768 });
  await expect(page.getByRole('table', { name: 'Recorded breaches' })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(String.raw`^BR-${THIS_YEAR}-0001`) })).toBeVisible();
});

test('one primary action on the first screen, two Tabs away; a skip link; focus on each new screen’s heading', async ({ page, app }) => {
  await page.goto(app.url);
  await signIn(page);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Breach register' })).toBeVisible();
  // Setup notices and banners offer plain buttons: "Record a breach" is the one filled button.
  await expect(page.getByRole('complementary', { name: 'Your organisation’s details' })).toBeVisible();
  const primaries = page.locator('.button-primary:visible');
  await expect(primaries).toHaveCount(1);
  await expect(primaries).toHaveText('Record a breach');
  await expect(page.getByRole('link', { name: 'Record a breach' })).toHaveAttribute('title', 'Record a new breach (Ctrl+N)');

  // From the top of the window, as the app opens: the skip link, then "Record a breach".
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Record a breach' })).toBeFocused();

  // The skip link lands in the screen's content, not on another route.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Breach register' })).toBeFocused();
  await expect(page).not.toHaveURL(/#main/);

  // Following a link in the navigation moves focus to the new screen's heading.
  await page.getByRole('link', { name: 'Settings' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeFocused();
  await expect(page.getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');
  await page.getByRole('link', { name: 'Security', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Security and backups' })).toBeFocused();
  await page.getByRole('link', { name: 'Record a breach' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Record a breach' })).toBeFocused();
});

test('the running clocks list the five most urgent, then all on request', async ({ page, app, request }) => {
  await page.goto(app.url);
  await signIn(page);
  await recordRunningBreaches(request, app.url, 7);
  await page.reload();
  const clocks = page.getByRole('region', { name: /Clocks running/ });
  await expect(clocks.getByRole('listitem')).toHaveCount(5);
  // Most urgent first: the one aware 7 hours ago.
  await expect(clocks.getByRole('listitem').first()).toContainText('wrong client 7');
  await clocks.getByRole('button', { name: 'Show all 7 running clocks' }).click();
  await expect(clocks.getByRole('listitem')).toHaveCount(7);
});

test('the time of awareness says the clock has not started while blank, and takes 1/12/26 and 9am', async ({ page, app }) => {
  await page.goto(app.url);
  await signIn(page);
  await page.getByRole('link', { name: 'Record a breach' }).click();
  const awareness = page.getByRole('group', { name: 'When the organisation became aware' });
  await expect(awareness).not.toContainText('(optional)');
  await expect(awareness).toContainText('the 72-hour clock has not started');
  await page.getByLabel('Title').fill('Letter sent to the wrong address');
  // A day before today, written the short way people write it.
  const yesterday = new Date(Date.now() - 24 * 3_600_000);
  const shortDate = `${yesterday.getDate()}/${yesterday.getMonth() + 1}/${String(yesterday.getFullYear()).slice(2)}`;
  await fillDateTime(page, 'When the organisation became aware', shortDate, '9am');
  await expect(awareness).not.toContainText('has not started');
  await page.getByRole('button', { name: 'Save to the register' }).click();
  await expect(page.getByText('Enter a real date')).toHaveCount(0);
  await expect(page.getByText('Enter a time such as')).toHaveCount(0);
  const day = yesterday.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Europe/London' });
  await expect(page.getByText(`${day}, 09:00`).first()).toBeVisible();
});

test('"Print the recovery key" prints the key and nothing else of the Security page', async ({ page, app, request }) => {
  await page.goto(app.url);
  await signIn(page);
  await recordRunningBreaches(request, app.url, 1);
  await page.goto(`${app.url.split('?')[0]}#/security`);
  await page.reload();
  await page.getByRole('button', { name: 'Show the recovery key (once)' }).click();
  const key = page.locator('.recovery-key code');
  await expect(key).toBeVisible();
  await page.evaluate(() => {
    const globals = globalThis as unknown as { printed: number; print: () => void };
    globals.printed = 0;
    globals.print = () => (globals.printed += 1);
  });
  await page.getByRole('button', { name: 'Print the recovery key' }).click();
  expect(await page.evaluate(() => (globalThis as unknown as { printed: number }).printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(key).toBeVisible();
  await expect(page.getByText('the register’s recovery key. Keep it apart from the backups')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Security and backups' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Breachlog' })).toBeHidden();
  await expect(page.getByText('Payroll spreadsheet emailed to the wrong client 1')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Back up the register' })).toBeHidden();
  // Once the print dialog closes, the page is whole again.
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(page.getByRole('heading', { name: 'Security and backups' })).toBeVisible();
});
