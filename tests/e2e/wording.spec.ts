import type { APIRequestContext, Page } from '@playwright/test';
import { expect, signIn, test, THIS_YEAR } from './fixtures';
import { SIZES } from './screen-check';

/**
 * Issue 13's wording bugs, as the person sees them on screen: each check fails if one comes back.
 * (The words themselves are tested in the unit tests; these catch a screen putting them together wrongly.)
 */

async function recordBreach(request: APIRequestContext, appUrl: string, title: string, hoursAgo: number): Promise<void> {
  const url = new URL(appUrl);
  const response = await request.post(new URL('/api/incident:create', url).toString(), {
    headers: { 'x-breachlog-token': url.searchParams.get('token') ?? '' },
    data: { title, awareAt: new Date(Date.now() - hoursAgo * 3_600_000).toISOString() },
  });
  expect(((await response.json()) as { ok: boolean }).ok).toBe(true);
}

/** Every short piece of text on the screen that says the same word twice running ("Overdue Overdue by …"). */
async function doubledWords(page: Page): Promise<string[]> {
  const texts = await page.locator('main :is(p, li, td, th, h1, h2, h3, dd, span, a, button)').allInnerTexts();
  return texts.filter((text) => /\b([A-Za-z]+) \1\b/i.test(text));
}

for (const size of SIZES) {
  test(`at ${size.width}×${size.height} an overdue breach never assessed reads right on the register and its page`, async ({ page, app, request }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto(app.url);
    await signIn(page);
    // Aware 80 hours ago: 8 hours past the deadline, and never assessed.
    await recordBreach(request, app.url, 'Payroll spreadsheet emailed to the wrong client', 80);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Breach register' })).toBeVisible();
    await expect(page.getByRole('region', { name: /Clocks running/ })).toContainText(/Overdue by 8 hours/);
    expect(await doubledWords(page)).toEqual([]);
    // Never assessed: it is asked to assess the risk first, not to "report now, with the reasons for the delay".
    await expect(page.getByText(/reasons for the delay/)).toHaveCount(0);

    await page.getByRole('link', { name: new RegExp(String.raw`BR-${THIS_YEAR}-0001`) }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: new RegExp(String.raw`^BR-${THIS_YEAR}-0001`) })).toBeVisible();
    await expect(page.locator('.next-step-deadline')).toHaveText(/— overdue by 8 hours/);
    expect(await doubledWords(page)).toEqual([]);
    await expect(page.getByText(/reasons for the delay/)).toHaveCount(0);
    // Dates as the rest of the app writes them, never ISO.
    expect(await page.locator('main').innerText()).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
  });
}

test('in the smallest window, "Lock now" from "More" says the person locked it, and unlocking does not ask who is working again', async ({ page, app }) => {
  await page.setViewportSize({ width: 720, height: 520 });
  await page.goto(app.url);
  await signIn(page);
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('button', { name: 'Lock now' }).click();
  await expect(page.getByRole('heading', { name: 'The register is locked' })).toBeVisible();
  await expect(page.getByText('You locked the register.')).toBeVisible();
  await expect(page.getByText(/nobody was using it|inactiv/i)).toHaveCount(0);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByText('Working as Zoë Ødegård')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Who is using Breachlog?' })).toHaveCount(0);
});
