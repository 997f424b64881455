import type { APIRequestContext, Page } from '@playwright/test';
import { expectAccessible, expect, signIn, test } from './fixtures';

/**
 * The wizard's questions and the record's fields come from one form kit: the same frame, help,
 * "How to choose", error and "not known yet" choice, read the same way by a screen reader.
 */

async function createIncident(request: APIRequestContext, appUrl: string): Promise<{ id: number; reference: string }> {
  const url = new URL(appUrl);
  const response = await request.post(new URL('/api/incident:create', url).toString(), {
    headers: { 'x-breachlog-token': url.searchParams.get('token') ?? '' },
    data: { title: 'Spreadsheet of client fees sent to the wrong client', awareAt: '2026-11-24T10:40:00.000Z' },
  });
  const result = (await response.json()) as { ok: boolean; value: { id: number; reference: string } };
  expect(result.ok).toBe(true);
  return result.value;
}

async function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

for (const size of [
  { width: 1366, height: 768 },
  { width: 720, height: 520 },
]) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('a wizard question has the record’s field frame, help, “How to choose”, error and “not known yet” choice', async ({ page, app, request }, testInfo) => {
      await page.goto(app.url);
      await signIn(page);
      const incident = await createIncident(request, app.url);
      await page.goto(`${new URL(page.url()).origin}/#/incident/${incident.id}/assess`);

      const text = /Could anyone who should not have the personal data have seen it/;
      await expect(page.getByRole('heading', { level: 1, name: text })).toBeFocused();
      const question = page.getByRole('group', { name: text });
      await expect(question).toHaveClass(/form-field/);
      await expect(question).toHaveAccessibleDescription(/^An email sent to the wrong person.*How to choose: Choose by who could have the data now/);

      // "I don't know yet" comes last, set apart the way the record sets apart "Not known yet".
      const last = question.locator('.choice').last();
      await expect(last).toHaveClass(/choice-not-known/);
      await expect(last.getByRole('radio')).toHaveAccessibleName('I don’t know yet');
      // An option's hint is read with it.
      await expect(question.getByRole('radio', { name: 'No, nobody else could have seen it' })).toHaveAccessibleDescription(/power cut/);

      // Next without an answer: the error is in the field, read with the question, and focus goes to the first choice.
      await page.getByRole('button', { name: 'Next' }).press('Enter');
      const error = 'Choose an answer, or “I don’t know yet” if you are not sure.';
      await expect(question.locator('.field-error')).toHaveText(error);
      await expect(question).toHaveClass(/form-field-invalid/);
      await expect(question).toHaveAccessibleDescription(new RegExp(`${error}$`));
      await expect(question.getByRole('radio').first()).toBeFocused();

      expect(await sidewaysScroll(page)).toBe(0);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await expectAccessible(page, `wizard question (${colorScheme}, ${size.width}×${size.height})`);
        await page.screenshot({ path: testInfo.outputPath(`wizard-${colorScheme}.png`), fullPage: true });
      }
      await page.emulateMedia({ colorScheme: 'light' });

      // "I don’t know yet" is an answer like any other: Next moves on.
      await question.getByRole('radio', { name: 'I don’t know yet' }).check();
      await page.getByRole('button', { name: 'Next' }).press('Enter');
      await expect(page.getByRole('heading', { level: 1, name: /changed or corrupted/ })).toBeFocused();

      // The record draws "Not known yet" the same way, last.
      await page.goto(`${new URL(page.url()).origin}/#/incident/${incident.id}/edit/data`);
      const count = page.getByRole('group', { name: 'Approximate number of people' });
      const recordLast = count.locator('.choice').last();
      await expect(recordLast).toHaveClass(/choice-not-known/);
      await expect(recordLast.getByRole('radio')).toHaveAccessibleName('Not known yet');
      await expect(count).toHaveAccessibleDescription(/How many people the data is about/);
      expect(await sidewaysScroll(page)).toBe(0);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await expectAccessible(page, `record's people step (${colorScheme}, ${size.width}×${size.height})`);
        await count.screenshot({ path: testInfo.outputPath(`record-${colorScheme}.png`) });
      }
    });
  });
}
