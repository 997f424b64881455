import { expect, expectAccessible, signIn, test } from './fixtures';

/**
 * The page's first script asks for the register's first page while React and the app are still
 * arriving (the page's head fetches them beside it), and says so in words if the app's own files
 * cannot be read.
 */

test('asks for the register without waiting for the app code, and paints it once the code has come', async ({ page, app }) => {
  await page.goto(app.url);
  await signIn(page);
  // The app's code (fetched from the page's head, beside the first script) is held back until the list has been asked for.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  let codeAsked = false;
  await page.route(/\/assets\/mount-app-[^/]+\.js$/, async (route) => {
    codeAsked = true;
    await held;
    await route.continue();
  });
  const listAsked = page.waitForRequest((request) => decodeURIComponent(new URL(request.url()).pathname) === '/api/incident:list');
  await page.reload();
  await listAsked;
  expect(codeAsked).toBe(true);
  await expect(page.getByRole('heading', { name: 'Breach register' })).toHaveCount(0);
  release();
  await expect(page.getByRole('heading', { level: 1, name: 'Breach register' })).toBeVisible();
});

test('says the app could not load, rather than showing a blank window, when its code cannot be read', async ({ page, app }) => {
  await page.route(/\/assets\/mount-app-[^/]+\.js$/, (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto(app.url);
  await expect(page.getByRole('alert').getByRole('heading', { name: 'Breachlog could not load its screens' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Close it and open it again. If this keeps happening, install it again. Your register is not affected.');
  await expectAccessible(page, 'the load failure');
});
