import type { Page } from '@playwright/test';
import { expectAccessible, expect, signIn, test, THIS_YEAR } from './fixtures';

/** Moves focus to a field and types into it, as a keyboard user would after tabbing there. */
const startsWith = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

async function typeInto(page: Page, label: string | RegExp, text: string, scope = page.locator('form')) {
  await scope.getByLabel(typeof label === 'string' ? startsWith(label) : label).focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
}

async function tick(page: Page, label: string | RegExp) {
  await page.getByRole('checkbox', { name: typeof label === 'string' ? startsWith(label) : label }).focus();
  await page.keyboard.press('Space');
}

async function saveStep(page: Page, nextHeading: RegExp) {
  await page.getByRole('button', { name: /Save and (continue|finish)/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: nextHeading })).toBeVisible();
}

test('fills a whole record step by step by keyboard, reloads, filters the register to it and reads its timeline', async ({ page, app }) => {
  test.slow();
  await page.clock.setFixedTime(new Date('2026-11-25T09:00:00Z'));
  await page.goto(app.url);
  await signIn(page, 'Łukasz Żółć');

  await page.getByRole('link', { name: 'Record a breach' }).focus();
  await page.keyboard.press('Enter');
  await typeInto(page, 'Title', 'Payroll file emailed to the wrong supplier');
  await page.getByRole('button', { name: 'Save to the register' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('link', { name: 'Continue the record' }).click();

  // Step 1: what happened
  await expect(page.getByRole('heading', { name: /Step 1 of 6/ })).toBeVisible();
  await expectAccessible(page, 'step 1');
  await typeInto(page, 'What happened', 'The November payroll spreadsheet went to a supplier instead of our accountant.');
  await page.getByRole('radio', { name: /^Sent or shown to the wrong person/ }).focus();
  await page.keyboard.press('Space');
  await typeInto(page, 'More about the cause', 'Email autocomplete chose a similar name.');
  await tick(page, /^Confidentiality/);
  await page.getByRole('radio', { name: 'No', exact: true }).focus();
  await page.keyboard.press('Space');
  await saveStep(page, /Step 2 of 6/);

  // Step 2: when
  await expectAccessible(page, 'step 2');
  await page.getByRole('radio', { name: 'At a known time' }).focus();
  await page.keyboard.press('Space');
  const happened = page.getByRole('group', { name: 'When it happened', exact: true });
  await typeInto(page, 'Date', '24/11/2026', happened);
  await typeInto(page, 'Time (24-hour)', '09:10', happened);
  const discovered = page.getByRole('group', { name: 'When it was discovered' });
  await typeInto(page, 'Date', '24/11/2026', discovered);
  await typeInto(page, 'Time (24-hour)', '10:15', discovered);
  await typeInto(page, 'How it was discovered', 'The supplier replied to say they had it.');
  await typeInto(page, 'Who discovered it', 'Office manager');
  const aware = page.getByRole('group', { name: 'When the organisation became aware' });
  await typeInto(page, 'Date', '24/11/2026', aware);
  await typeInto(page, 'Time (24-hour)', '10:40', aware);
  await typeInto(page, 'How awareness was established', 'Checked the sent folder.');
  await saveStep(page, /Step 3 of 6/);

  // Step 3: data and people
  await expectAccessible(page, 'step 3');
  await tick(page, /^Names and contact details/);
  await tick(page, /^Financial details/);
  await page.getByRole('radio', { name: 'About this many' }).first().focus();
  await page.keyboard.press('Space');
  await typeInto(page, 'Number of people', '23');
  await page.getByRole('radio', { name: 'Somewhere between two numbers' }).nth(1).focus();
  await page.keyboard.press('Space');
  await typeInto(page, 'At least (records)', '23');
  await typeInto(page, 'At most (records)', '30');
  await tick(page, 'Employees');
  await typeInto(page, 'Processors or other organisations involved', 'Acme Payroll Bureau');
  await saveStep(page, /Step 4 of 6/);

  // Step 4: consequences and containment; not a cyber incident, so the ICO's cyber questions are not asked
  await expect(page.getByRole('group', { name: /impact on the organisation/ })).toHaveCount(0);
  await typeInto(page, 'Likely consequences', 'Possible fraud using bank details.');
  await typeInto(page, 'Containment and recovery', 'Supplier confirmed deletion in writing.');
  await saveStep(page, /Step 5 of 6/);

  // Step 5: actions and lessons
  await page.getByRole('button', { name: 'Add an action' }).focus();
  await page.keyboard.press('Enter');
  await typeInto(page, 'What needs doing', 'Turn off autocomplete for HR');
  await typeInto(page, 'Who', 'IT provider');
  await typeInto(page, 'Due by (dd/mm/yyyy)', '27/11/2026');
  await tick(page, 'Done');
  await typeInto(page, 'Lessons learned', 'Payroll files must never travel unprotected.');
  await typeInto(page, 'Steps to stop it happening again', 'Use the bureau portal only.');
  await typeInto(page, 'Measures in place beforehand', 'Staff policy on checking addresses before sending.');
  await page.getByRole('group', { name: 'Do staff get recent data protection training?' }).getByRole('radio', { name: 'Yes' }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('group', { name: /^Had the staff member involved/ }).getByRole('radio', { name: 'No', exact: true }).focus();
  await page.keyboard.press('Space');
  await expectAccessible(page, 'step 5');
  await saveStep(page, /Step 6 of 6/);

  // Step 6: status
  await page.getByRole('radio', { name: 'Contained', exact: true }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByLabel(/^Who at the ICO/)).toHaveCount(0);
  await page.getByRole('radio', { name: 'Yes' }).focus();
  await page.keyboard.press('Space');
  await typeInto(page, 'Who at the ICO', 'Helpline adviser, 24 Nov 2026');
  await expectAccessible(page, 'step 6');
  await saveStep(page, new RegExp(String.raw`BR-${THIS_YEAR}-0001: Payroll file emailed to the wrong supplier`));

  await page.reload();
  const record = page.getByRole('main');
  await expect(record).toContainText('Email autocomplete chose a similar name.');
  await expect(record).toContainText('Between 23 and 30');
  await expect(record).toContainText('Turn off autocomplete for HR (IT provider, by 27 Nov 2026) — done');
  await expect(record).toContainText('Staff policy on checking addresses before sending.');
  await expect(record).toContainText('Helpline adviser, 24 Nov 2026');
  await expect(record).not.toContainText('Recovery time');
  await expectAccessible(page, 'full record');

  await page.getByRole('link', { name: 'Back to the register' }).click();
  await page.getByRole('combobox', { name: 'Status' }).selectOption('contained');
  await page.getByRole('searchbox', { name: 'Search' }).fill('autocompl');
  await expect(page.getByText('Showing 1–1 of 1 breach')).toBeVisible();
  await page.getByRole('combobox', { name: 'Cause' }).selectOption('cyber_attack');
  await expect(page.getByText('No breaches match these filters.')).toBeVisible();
  await page.getByRole('combobox', { name: 'Cause' }).selectOption('sent_to_wrong_recipient');
  await expectAccessible(page, 'filtered register');
  await page.getByRole('link', { name: `BR-${THIS_YEAR}-0001`, exact: true }).click();

  const timeline = page.getByRole('list', { name: 'Timeline of this record' });
  await expect(timeline).toContainText('Łukasz Żółć: Recorded the breach');
  await expect(timeline).toContainText('Changed status: Open → Contained');
  await expect(timeline).toContainText('Changed approximate number of people: Not yet known — to follow → 23');
});
