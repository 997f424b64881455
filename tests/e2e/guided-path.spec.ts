import type { Page, TestInfo } from '@playwright/test';
import { expect, fillDateTime, signIn, test } from './fixtures';
import { checkScreen } from './screen-check';

/**
 * The guided path (issue 13): from "Record a breach" to "Submission recorded", following only
 * the breach's Next-step card, at a laptop's size and at the smallest window.
 */

/** The answer the person gives to each question the wizard asks (the first option where not listed). */
const ANSWERS: [RegExp, string, 'radio' | 'checkbox'][] = [
  [/have seen it/, 'Yes, many people, or people we don’t know', 'radio'],
  [/accident, or did someone do it deliberately/, 'An accident or a fault', 'radio'],
  [/What kinds of personal data were involved/, 'Financial details', 'checkbox'],
  [/how badly could it affect/, 'Significant harm', 'radio'],
  [/How easily could someone tell who the people are/, 'Easily', 'radio'],
  [/children, vulnerable adults or patients/, 'None of these', 'checkbox'],
  [/protected so that whoever has it cannot read it/, 'No, it can be read', 'radio'],
  [/got back or deleted/, 'We have tried, but cannot be sure', 'radio'],
  [/any sign the data has already been misused/, 'No sign so far', 'radio'],
  [/could you tell each person directly/, 'Yes, we can contact each of them', 'radio'],
];

async function answerTheWizard(page: Page, testInfo: TestInfo) {
  for (let asked = 0; asked < 16; asked += 1) {
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toBeFocused();
    // After the last answer the heading says so for a moment while the main process works out the advice.
    await expect(heading).not.toHaveText('Working out the advice…');
    const text = (await heading.textContent()) ?? '';
    if (text === 'The advice') return checkScreen(page, testInfo, 'the advice');
    if (asked === 0) await checkScreen(page, testInfo, 'a question of the wizard');
    const known = ANSWERS.find(([question]) => question.test(text));
    const group = page.getByRole('group', { name: text });
    const option = known
      ? group.getByRole(known[2], { name: known[1], exact: false }).first()
      : group.getByRole('radio').first();
    await option.check();
    await page.getByRole('button', { name: 'Next' }).click();
  }
  throw new Error('The wizard asked more questions than it has');
}

/** The Next-step card's one primary button: what the test presses at every step. */
function nextStepButton(page: Page) {
  return page.getByRole('region', { name: /./ }).filter({ has: page.locator('.next-step-label') }).locator('.next-step-action');
}

for (const size of [
  { width: 1366, height: 768 },
  { width: 720, height: 520 },
]) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('from "Record a breach" to "Submission recorded", following only the Next-step card', async ({ page, app, context }, testInfo) => {
      test.slow();
      await page.clock.setFixedTime(new Date('2026-11-25T09:00:00Z'));
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.url).origin });
      await page.goto(app.url);
      await signIn(page);

      await page.getByRole('link', { name: 'Record a breach' }).click();
      await page.getByLabel('Title').fill('Payroll file emailed to the wrong client');
      await fillDateTime(page, 'When the organisation became aware', '24/11/2026', '16:05');
      await page.getByLabel('What happened').fill('The November payroll went to another client of ours instead of our accountant.');
      await page.getByRole('button', { name: 'Save to the register' }).click();

      // The breach's page: the card says what to do, with the deadline, and its button is in view.
      const card = page.getByRole('region', { name: 'Assess the risk' });
      await expect(card).toContainText('Next step (2 of 6)');
      await expect(card).toContainText('Deadline Fri 27 Nov 2026, 16:05 — 2 days 7 hours 5 minutes left');
      // One primary button on the breach's page (the app-wide prompts above it are not the page's own).
      await expect(page.locator('section[aria-labelledby="incident-heading"] .button-primary')).toHaveCount(1);
      // The card, its deadline and its button are in view as the page opens, at either size, without
      // scrolling: in the smallest window the navigation is one row, the rest behind "More".
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      for (const part of [card.locator('.next-step-deadline'), nextStepButton(page)]) {
        await expect(part).toBeInViewport({ ratio: 1 });
        const box = await part.boundingBox();
        expect((box?.y ?? 1e9) + (box?.height ?? 0)).toBeLessThanOrEqual(size.height);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
      await page.screenshot({ path: testInfo.outputPath(`breach-page-as-it-opens-${size.width}.png`) });
      await checkScreen(page, testInfo, 'breach page with the next step');
      await nextStepButton(page).click();

      // The wizard shows the countdown too, and saving leads on to the next step.
      await expect(page.locator('.clock-strip')).toContainText('2 days 7 hours 5 minutes left');
      await answerTheWizard(page, testInfo);
      await page.getByRole('button', { name: 'Accept this advice' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Assessment saved' })).toBeVisible();
      const reportCard = page.getByRole('region', { name: 'Report to the ICO' });
      await expect(reportCard).toContainText('Deadline Fri 27 Nov 2026, 16:05');
      await expect(nextStepButton(page)).toHaveText('Prepare the ICO report');
      await checkScreen(page, testInfo, 'assessment saved');
      await nextStepButton(page).click();

      // The companion: where and how to report, each answer with a Copy button.
      await expect(page.getByRole('heading', { level: 1, name: 'Report to the ICO' })).toBeVisible();
      await expect(page.getByText('https://ico.org.uk/for-organisations/report-a-breach/personal-data-breach/report-a-data-breach-online-form/')).toBeVisible();
      await expect(page.getByText('0303 123 1113')).toBeVisible();
      await expect(page.getByText('Monday to Friday, 9:00 to 17:00', { exact: false })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Have this ready before you start' })).toBeVisible();
      for (const section of ['1. About the report', '2. What happened', '10. About the organisation and contact']) {
        await expect(page.getByRole('heading', { level: 2, name: section })).toBeVisible();
      }
      await page.getByRole('button', { name: 'Copy the answer to “What went wrong, and how”' }).click();
      await expect(page.getByText('Copied', { exact: true }).first()).toBeVisible();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
        'The November payroll went to another client of ours instead of our accountant.',
      );
      await checkScreen(page, testInfo, 'ICO companion');

      await page.getByLabel('ICO case reference (if the ICO has given one)').fill('IC-123456-A1B2');
      await page.getByRole('button', { name: 'Record the submission' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Submission recorded' })).toBeFocused();
      await expect(page.getByRole('status').filter({ hasText: 'IC-123456-A1B2' })).toContainText('The 72-hour clock has stopped.');
      // A risk but not a high one: nobody to tell, so on to containment and lessons.
      const after = page.getByRole('region', { name: 'Record containment and lessons' });
      await expect(after).toContainText('Next step (5 of 6)');
      await expect(after.getByRole('link', { name: 'Record containment' })).toHaveClass(/button-primary/);
      await checkScreen(page, testInfo, 'submission recorded');

      // A follow-up shows the first part and only the answers that changed since the report.
      await page.reload();
      await expect(page.getByRole('heading', { level: 1, name: 'Follow-up report to the ICO' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Copy the answer to “What went wrong, and how”' })).toHaveCount(0);
      await expect(page.getByRole('heading', { level: 2, name: '3. Personal data placed at risk' })).toHaveCount(0);
      const later = page.locator('.companion-section').filter({ hasNot: page.getByRole('heading', { name: '1. About the report' }) });
      for (const answer of await later.locator('.companion-answer').all()) await expect(answer).toContainText('Changed');
      await expect(page.getByLabel('ICO case reference')).toHaveValue('IC-123456-A1B2');
      await checkScreen(page, testInfo, 'follow-up report to the ICO');
    });
  });
}

test('the document screen does not say "Saved as" before anything is saved', async ({ page, app }, testInfo) => {
  await page.goto(app.url);
  await signIn(page);
  await page.getByRole('link', { name: 'Record a breach' }).click();
  await page.getByLabel('Title').fill('Letter posted to the wrong address');
  await page.getByRole('button', { name: 'Save to the register' }).click();
  await page.getByRole('link', { name: 'ICO report draft' }).click();
  await expect(page.getByRole('button', { name: 'Save PDF' })).toBeVisible();
  await expect(page.getByText(/Saved as/)).toHaveCount(0);
  await expect(page.getByText(/will be named/)).toBeVisible();
  await checkScreen(page, testInfo, 'ICO report draft');
});
