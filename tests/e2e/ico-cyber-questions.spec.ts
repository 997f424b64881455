import { expectAccessible, expect, signIn, test } from './fixtures';

test('a cyber incident is asked the ICO form’s impact and recovery questions, and the record keeps the answers', async ({ page, app }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
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
  const impact = page.getByRole('group', { name: 'Cyber incident: impact on the organisation' });
  await impact.getByRole('radio', { name: 'Medium' }).check();
  await page.getByRole('group', { name: 'Cyber incident: recovery time' }).getByRole('radio', { name: /^Supplemented/ }).check();
  await expectAccessible(page, 'cyber questions');
  await page.screenshot({ path: 'test-results/cyber-questions-1366.png', fullPage: true });
  await page.getByRole('button', { name: /Save and continue/ }).click();
  await expect(page.getByRole('heading', { name: /Step 5 of 6/ })).toBeVisible();
  await page.screenshot({ path: 'test-results/training-questions-1366.png', fullPage: true });
  await page.getByRole('button', { name: /Save and continue/ }).click();
  await page.getByRole('button', { name: /Save and finish/ }).click();
  await expect(page.getByRole('heading', { name: /BR-2026-0001: Ransomware on the shared drive/ })).toBeVisible();
  const record = page.getByRole('main');
  await expect(record).toContainText('Supplemented: the time to recover is predictable with more resources');
  await expect(record).toContainText('Medium: we have lost the ability to provide critical services to some users');
});
