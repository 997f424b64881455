import type { Page } from '@playwright/test';
import { expect, signIn, test } from './fixtures';

/**
 * The desktop menu's commands, as the page receives them. The browser preview has no Electron
 * preload, so the one bridge it would expose (`window.breachlogMenu`) is put in by the test and
 * fed the command names the main process sends; everything the page does with them is real.
 */
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const listeners: ((command: string) => void)[] = [];
    const globals = globalThis as unknown as Record<string, unknown>;
    globals['breachlogMenu'] = {
      onMenuCommand(callback: (command: string) => void) {
        listeners.push(callback);
        return () => listeners.splice(listeners.indexOf(callback), 1);
      },
    };
    globals['sendMenuCommand'] = (command: string) => listeners.forEach((listener) => listener(command));
  });
});

async function menu(page: Page, command: string): Promise<void> {
  await page.evaluate((name) => (globalThis as unknown as { sendMenuCommand(command: string): void }).sendMenuCommand(name), command);
}

test('File → New breach opens the new-breach form; Edit → Search focuses the register’s search', async ({ page, app }) => {
  await page.goto(app.url);
  await signIn(page);
  await menu(page, 'new-breach');
  await expect(page).toHaveURL(/#\/new$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/breach/i);

  await menu(page, 'search');
  await expect(page.getByRole('heading', { name: 'Breach register' })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeFocused();
});

test('File → Back up now opens Security with the backup folder ready to fill in', async ({ page, app }) => {
  await page.goto(app.url);
  await signIn(page);
  await menu(page, 'back-up');
  await expect(page.getByRole('heading', { name: 'Security and backups' })).toBeVisible();
  await expect(page.getByLabel('Backup folder (full path)')).toBeFocused();
});

test('File → Print prints the page; a command the page does not know does nothing', async ({ page, app }) => {
  await page.goto(app.url);
  await signIn(page);
  await page.evaluate(() => {
    const globals = globalThis as unknown as { printed: number; print: () => void };
    globals.printed = 0;
    globals.print = () => (globals.printed += 1);
  });
  await menu(page, 'print');
  expect(await page.evaluate(() => (globalThis as unknown as { printed: number }).printed)).toBe(1);
  const before = page.url();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await menu(page, 'reload');
  expect(page.url()).toBe(before);
  expect(errors).toEqual([]);
});

test('View → Register, Dashboard, Audit pack, Security and Settings open those screens, and the pane’s tooltips name the same keys', async ({ page, app }) => {
  await page.goto(app.url);
  await signIn(page);
  const places: [string, string, RegExp][] = [
    ['go-dashboard', 'Dashboard', /^Dashboard$/],
    ['go-audit-pack', 'Audit pack', /./],
    ['go-security', 'Security', /^Security and backups$/],
    ['go-settings', 'Settings', /^Settings$/],
    ['go-register', 'Register', /^Breach register$/],
  ];
  for (const [command, place, heading] of places) {
    await menu(page, command);
    await expect(page.getByRole('navigation', { name: 'Breachlog' }).getByRole('link', { name: place, exact: true })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  }
  const pane = page.getByRole('navigation', { name: 'Breachlog' });
  await expect(pane.getByRole('link', { name: 'Dashboard' })).toHaveAttribute('title', 'Dashboard (Ctrl+2)');
  await expect(pane.getByRole('link', { name: 'Settings' })).toHaveAttribute('title', 'Settings (Ctrl+,)');
  await expect(pane.getByRole('button', { name: 'Lock now' })).toHaveAttribute('title', 'Lock the register now (Ctrl+L)');
});
