import { expect, signIn, test, THIS_YEAR } from './fixtures';
import { SIZES, checkScreen } from './screen-check';

for (const size of SIZES) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('a cyber incident is asked the ICO form’s impact and recovery questions, the record keeps the answers, and the companion copies them', async ({ page, app, context }, testInfo) => {
      test.slow();
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.url).origin });
      await page.goto(app.url);
      await signIn(page);
      await page.getByRole('link', { name: 'Record a breach' }).click();
      await page.getByLabel(/^Title/).fill('Ransomware on the shared drive');
      await page.getByRole('button', { name: 'Save to the register' }).click();
      await page.getByRole('link', { name: 'Continue the record' }).click();
      await page.getByRole('group', { name: 'Was it a cyber incident?' }).getByRole('radio', { name: 'Yes' }).check();
      for (let step = 2; step <= 4; step += 1) {
        await page.getByRole('button', { name: /Save and continue/ }).click();
        await expect(page.getByRole('heading', { name: new RegExp(`Step ${step} of 6`) })).toBeVisible();
      }
      // The ICO form's options, each said in the form's terms.
      const impact = page.getByRole('group', { name: 'Cyber incident: impact on the organisation' });
      await expect(impact.getByRole('radio')).toHaveCount(4);
      await expect(impact.getByRole('radio', { name: 'High: we have lost all ability to provide critical services' })).toBeVisible();
      await impact.getByRole('radio', { name: /^Medium/ }).check();
      const recovery = page.getByRole('group', { name: 'Cyber incident: recovery time' });
      await expect(recovery.getByRole('radio')).toHaveCount(6);
      await expect(recovery.getByRole('radio', { name: 'Already recovered' })).toBeVisible();
      await recovery.getByRole('radio', { name: /^Supplemented/ }).check();
      await impact.scrollIntoViewIfNeeded();
      await checkScreen(page, testInfo, 'cyber questions');
      await page.getByRole('button', { name: /Save and continue/ }).click();
      await expect(page.getByRole('heading', { name: /Step 5 of 6/ })).toBeVisible();
      await checkScreen(page, testInfo, 'training questions');
      await page.getByRole('button', { name: /Save and continue/ }).click();
      await page.getByRole('button', { name: /Save and finish/ }).click();
      await expect(page.getByRole('heading', { name: new RegExp(String.raw`BR-${THIS_YEAR}-0001: Ransomware on the shared drive`) })).toBeVisible();
      const record = page.getByRole('main');
      await expect(record).toContainText('Supplemented: the time to recover is predictable with more resources');
      await expect(record).toContainText('Medium: we have lost the ability to provide critical services to some users');
      await checkScreen(page, testInfo, 'cyber incident page');

      // The companion has the two answers, each with its Copy button.
      await page.getByRole('link', { name: 'Report to the ICO', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Report to the ICO' })).toBeVisible();
      await page.getByRole('button', { name: 'Copy the answer to “Cyber incident: recovery time”' }).click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Supplemented: the time to recover is predictable with more resources');
      await page.getByRole('button', { name: 'Copy the answer to “Cyber incident: impact on the organisation”' }).click();
      await expect(page.getByText('Copied', { exact: true }).first()).toBeVisible();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Medium: we have lost the ability to provide critical services to some users');
      await checkScreen(page, testInfo, 'ICO companion for a cyber incident');
    });
  });
}
