import { expect, expectAccessible, signIn, test } from './fixtures';

/**
 * The page's first script asks for the register's first page before React and the app have loaded,
 * and says so in words if the app's own files cannot be read.
 */

test('asks for the register before the app code has arrived, and paints it once it has', async ({ page, app }) => {
  await page.goto(app.url);
  await signIn(page);
  const order: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/incident')) order.push(`api ${decodeURIComponent(url.pathname)}`);
    else if (url.pathname.includes('/assets/mount-app')) order.push('app code');
  });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(order.indexOf('api /api/incident:list')).toBeGreaterThanOrEqual(0);
  expect(order.indexOf('api /api/incident:list')).toBeLessThan(order.indexOf('app code'));
});

test('says the app could not load, rather than showing a blank window, when its code cannot be read', async ({ page, app }) => {
  await page.route(/\/assets\/mount-app-[^/]+\.js$/, (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto(app.url);
  await expect(page.getByRole('alert').getByRole('heading', { name: 'Breachlog could not load its screens' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Close it and open it again. If this keeps happening, install it again. Your register is not affected.');
  await expectAccessible(page, 'the load failure');
});
