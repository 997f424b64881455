import type { Page } from '@playwright/test';
import { expectAccessible, expect, signIn, test } from './fixtures';

/** The navigation in a small window: one row, the less-used places and the lock behind "More". */

const nav = (page: Page) => page.getByRole('navigation', { name: 'Breachlog' });

async function navHeight(page: Page): Promise<number> {
  return (await nav(page).boundingBox())?.height ?? 1e9;
}

test('in the smallest window the navigation is one row, and "More" opens and closes by keyboard', async ({ page, app }) => {
  await page.setViewportSize({ width: 720, height: 520 });
  await page.goto(app.url);
  await signIn(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Breach register' })).toBeVisible();

  // One row: about the height of its tallest control, not three rows of them.
  const record = nav(page).getByRole('link', { name: 'Record a breach' });
  const more = nav(page).getByRole('button', { name: 'More' });
  expect(await navHeight(page)).toBeLessThan(((await record.boundingBox())?.height ?? 0) * 1.8);
  for (const control of [record, nav(page).getByRole('link', { name: 'Register' }), nav(page).getByRole('link', { name: 'Dashboard' }), more]) {
    await expect(control).toBeInViewport({ ratio: 1 });
  }
  // Who is working is still said, in the bar.
  await expect(nav(page).getByText('Working as Zoë Ødegård')).toBeVisible();
  await expect(nav(page).getByRole('link', { name: 'Settings' })).toHaveCount(0);
  await expect(more).toHaveAttribute('aria-expanded', 'false');

  // By keyboard: Enter opens it, Tab walks into it, Escape closes it and returns to the button.
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  const panel = page.locator(`#${await more.getAttribute('aria-controls')}`);
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('link')).toHaveText(['Audit pack', 'Settings', 'Security']);
  await expect(panel.getByRole('button', { name: 'Lock now' })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Change who is working' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  await page.screenshot({ path: test.info().outputPath('more-open-720.png') });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectAccessible(page, `navigation with "More" open (${colorScheme}, 720×520)`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.keyboard.press('Tab');
  await expect(panel.getByRole('link', { name: 'Audit pack' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await expect(panel).toBeHidden();
  await expect(more).toBeFocused();

  // Following a place in it closes it, lands on that screen's heading, and "More" says where you are.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(panel.getByRole('link', { name: 'Settings' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeFocused();
  await expect(panel).toBeHidden();
  await expect(nav(page).getByRole('button', { name: 'More, now showing Settings' })).toBeVisible();
  await more.click();
  await expect(panel.getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');

  // A click elsewhere closes it; so does Tab moving past its last item.
  await page.getByRole('heading', { level: 1, name: 'Settings' }).click();
  await expect(panel).toBeHidden();
  await more.click();
  await panel.getByRole('button', { name: 'Lock now' }).focus();
  await page.keyboard.press('Tab');
  await expect(panel).toBeHidden();

  // The lock works from it.
  await more.click();
  await panel.getByRole('button', { name: 'Lock now' }).click();
  await expect(page.getByRole('heading', { name: 'The register is locked' })).toBeVisible();
});

test('a long name gives way in the small window’s bar rather than wrapping it', async ({ page, app }) => {
  await page.setViewportSize({ width: 720, height: 520 });
  await page.goto(app.url);
  await signIn(page, 'Dr Anna-Katharina Wolstenholme-Fairweather, Office Manager');
  const name = nav(page).locator('.nav-user-name');
  await expect(name).toHaveAttribute('title', 'Working as Dr Anna-Katharina Wolstenholme-Fairweather, Office Manager');
  expect(await navHeight(page)).toBeLessThan(70);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
});

for (const size of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test(`at ${size.width}×${size.height} the pane shows every place, with no "More"`, async ({ page, app }) => {
    await page.setViewportSize(size);
    await page.goto(app.url);
    await signIn(page);
    for (const place of ['Register', 'Dashboard', 'Audit pack', 'Settings', 'Security']) {
      await expect(nav(page).getByRole('link', { name: place, exact: true })).toBeVisible();
    }
    await expect(nav(page).getByRole('button', { name: 'Lock now' })).toBeVisible();
    await expect(nav(page).getByRole('button', { name: 'More' })).toHaveCount(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  });
}

test('widening the window from small to laptop size turns the bar back into the pane', async ({ page, app }) => {
  await page.setViewportSize({ width: 720, height: 520 });
  await page.goto(app.url);
  await signIn(page);
  await expect(nav(page).getByRole('button', { name: 'More' })).toBeVisible();
  await page.setViewportSize({ width: 1366, height: 768 });
  await expect(nav(page).getByRole('button', { name: 'More' })).toHaveCount(0);
  await expect(nav(page).getByRole('link', { name: 'Security', exact: true })).toBeVisible();
});
