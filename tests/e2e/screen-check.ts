import type { Page, TestInfo } from '@playwright/test';
import { expect, expectAccessible } from './fixtures';

export const SIZES = [
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'smallest', width: 720, height: 520 },
] as const;

/** How far the page can scroll sideways: 0 when everything fits the window. */
export async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * The checks every screen gets: no sideways scroll, axe with no serious or critical violation in
 * light and in dark mode, and a full-page screenshot of each (in the test's output folder) to look at.
 */
export async function checkScreen(page: Page, testInfo: TestInfo, screen: string): Promise<void> {
  const size = page.viewportSize();
  const at = size ? `${size.width}x${size.height}` : 'window';
  expect(await sidewaysOverflow(page), `${screen} scrolls sideways at ${at}`).toBe(0);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectAccessible(page, `${screen} (${colorScheme}, ${at})`);
    await page.screenshot({ path: testInfo.outputPath(`${screen.replace(/\W+/g, '-')}-${at}-${colorScheme}.png`), fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}
