import { expectAccessible, expect, test } from './fixtures';

// Where the OS offers no key store, the person chooses a passphrase on first run.
test.use({ keySource: { kind: 'passphrase' } });

test('first run asks for a passphrase twice, then the register opens with it after a restart', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Choose a passphrase for the register' })).toBeVisible();
  await expectAccessible(page, 'choose passphrase');

  await page.getByLabel('Passphrase', { exact: true }).fill('short');
  await page.getByLabel('Type it again').fill('short');
  await page.getByRole('button', { name: 'Create the register' }).click();
  await expect(page.getByRole('alert')).toContainText('Use at least 10 characters');

  await page.getByLabel('Passphrase', { exact: true }).fill('correct horse battery staple');
  await page.getByLabel('Type it again').fill('correct horse battery stable');
  await page.getByRole('button', { name: 'Create the register' }).click();
  await expect(page.getByRole('alert')).toContainText('The two passphrases are different');

  await page.getByLabel('Type it again').fill('correct horse battery staple');
  await page.getByRole('button', { name: 'Create the register' }).click();
  await expect(page.getByRole('heading', { name: 'Who is using Breachlog?' })).toBeVisible();

  const url = await app.restart();
  await page.goto(url);
  await expect(page.getByRole('heading', { name: 'Unlock the register' })).toBeVisible();
  await expectAccessible(page, 'unlock');
  await page.getByLabel('Passphrase', { exact: true }).fill('wrong horse battery staple');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('could not be opened with this key or passphrase');
  await page.getByLabel('Passphrase', { exact: true }).fill('correct horse battery staple');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Who is using Breachlog?' })).toBeVisible();
});
