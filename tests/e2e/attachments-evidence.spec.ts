import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, expectAccessible, signIn, test } from './fixtures';
import { chooseFiles, makePdf } from './support-attachments';

/** Calls one contract operation on the preview server, as the page would. */
async function callApi(request: APIRequestContext, appUrl: string, name: string, input: unknown): Promise<unknown> {
  const url = new URL(appUrl);
  const response = await request.post(new URL(`/api/${name}`, url).toString(), {
    headers: { 'x-breachlog-token': url.searchParams.get('token') ?? '' },
    data: input,
  });
  const result = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
  if (!result.ok) throw new Error(`${name}: ${result.error?.message}`);
  return result.value;
}

async function answer(page: Page, question: RegExp, option: string) {
  await expect(page.getByRole('heading', { level: 1, name: question })).toBeFocused();
  await page.getByRole('group', { name: question }).getByRole(option === 'None of these' ? 'checkbox' : 'radio', { name: option }).check();
  await page.getByRole('button', { name: 'Next' }).click();
}

test('a confirmation of deletion backs the wizard’s answer, and the audit pack lists every file', async ({ page, app, request }) => {
  await page.goto(app.url);
  await signIn(page);
  const incident = (await callApi(request, app.url, 'incident:create', {
    title: 'Payslips emailed to the wrong Jane',
    awareAt: '2026-11-24T10:40:00.000Z',
    cause: 'lost_or_stolen',
    breachTypes: ['confidentiality'],
    dataCategories: ['basic_identifiers', 'financial'],
    peopleCategories: ['employees'],
    peopleCount: { kind: 'exact', value: 12 },
  })) as { id: number; reference: string };
  await page.goto(`${new URL(page.url()).origin}/#/incident/${incident.id}`);

  const pdf = await makePdf('I confirm I deleted the email. Jane');
  await page.getByLabel('Short description (optional)').fill('Jane’s reply confirming deletion');
  await chooseFiles(page, [{ name: 'jane-reply.pdf', mimeType: 'application/pdf', buffer: pdf }], 'A confirmation of deletion');
  const section = page.getByRole('region', { name: 'Evidence kept with this breach' });
  await expect(section.getByRole('listitem')).toHaveCount(1);

  await page.goto(`${new URL(page.url()).origin}/#/incident/${incident.id}/assess`);
  await page.getByRole('group', { name: /Could anyone who should not have the personal data have seen it/ }).getByRole('radio', { name: /^Yes, one recipient we trust/ }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await answer(page, /accident, or did someone do it deliberately/, 'An accident or a fault');
  await answer(page, /how badly could it affect/, 'Upset or annoyance');
  await answer(page, /How easily could someone tell who the people are/, 'Easily');
  await answer(page, /children, vulnerable adults or patients/, 'None of these');
  await answer(page, /protected so that whoever has it cannot read it/, 'No, it can be read');

  await expect(page.getByRole('heading', { level: 1, name: /got back or deleted/ })).toBeFocused();
  await expect(page.getByTestId('deletion-evidence')).toContainText('Kept with this breach as a confirmation of deletion: “jane-reply.pdf”');
  await expect(page.getByTestId('deletion-evidence')).toContainText('It can back “Yes, and it is confirmed”.');
  await expectAccessible(page, 'containment question with evidence');
  await page.getByRole('radio', { name: 'Yes, and it is confirmed' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  // The questions after containment (misuse, how long it was open to others, who has been told…): any answer will do here.
  for (let step = 0; step < 8; step += 1) {
    if (await page.getByRole('heading', { level: 1, name: 'The advice' }).isVisible()) break;
    const group = page.getByRole('group').first();
    await group.getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Next' }).click();
  }
  await expect(page.getByRole('heading', { level: 1, name: 'The advice' })).toBeVisible();
  await expect(page.getByTestId('deletion-evidence')).toContainText('The confirmed deletion is backed by evidence kept with this breach: “jane-reply.pdf”');
  await expectAccessible(page, 'advice backed by evidence');

  // The audit pack lists the file, read back from the PDF itself.
  await page.goto(`${new URL(page.url()).origin}/`);
  await page.getByRole('link', { name: 'Audit pack' }).click();
  await page.getByLabel('From').fill('01/01/2026');
  await page.getByLabel('To (included)').fill('31/12/2026');
  await page.getByRole('button', { name: 'Preview the audit pack' }).click();
  const preview = page.getByRole('article', { name: 'Audit pack preview' });
  await expect(preview).toContainText('Evidence kept with the record');
  await expectAccessible(page, 'audit pack with attachments');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save PDF' }).click();
  const path = join(app.dataDir, 'audit-pack.pdf');
  await (await download).saveAs(path);
  // Table cells wrap over lines: compare with the spacing folded.
  const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  const sha256 = createHash('sha256').update(pdf).digest('hex');
  expect(text).toContain('Evidence kept with the record');
  expect(text).toContain('A confirmation of deletion');
  expect(text).toContain('jane-reply.pdf');
  expect(text).toMatch(/\d+ KB/);
  for (const group of sha256.match(/.{16}/g) ?? []) expect(text).toContain(group);
  expect(text).not.toContain('I confirm I deleted the email');
});

test('Security shows the space the files take', async ({ page, app, request }) => {
  await page.goto(app.url);
  await signIn(page);
  const incident = (await callApi(request, app.url, 'incident:create', { title: 'Stolen laptop' })) as { id: number };
  await page.goto(`${new URL(page.url()).origin}/#/incident/${incident.id}`);
  await chooseFiles(page, [{ name: 'crime-reference.pdf', mimeType: 'application/pdf', buffer: await makePdf('Crime reference 12/3456/26') }], 'A police or crime reference');
  await expect(page.getByRole('region', { name: 'Evidence kept with this breach' }).getByRole('listitem')).toHaveCount(1);
  await page.getByRole('link', { name: 'Security' }).click();
  const space = page.getByRole('region', { name: 'Evidence files' });
  await expect(space).toContainText(/1 file takes \d+ KB of the 500 MB the register allows for files\. Each file can be up to 25 MB\./);
  await expectAccessible(page, 'security with evidence files');
});
