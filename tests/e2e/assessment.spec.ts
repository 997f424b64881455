import type { APIRequestContext, Page } from '@playwright/test';
import { expectAccessible, expect, signIn, test } from './fixtures';

/**
 * Risk assessment end to end (issue 4), by keyboard. The incident records are put in through
 * the contract (the record's own form has its own tests); the assessment is all done in the UI.
 */

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

async function recordIncident(request: APIRequestContext, appUrl: string, fields: object): Promise<{ id: number; reference: string }> {
  return (await callApi(request, appUrl, 'incident:create', { awareAt: '2026-11-24T10:40:00.000Z', ...fields })) as {
    id: number;
    reference: string;
  };
}

/** Checks the question shown, chooses an option with the keyboard and moves on with Next. */
async function answer(page: Page, question: RegExp, option: string | RegExp) {
  await expect(page.getByRole('heading', { level: 1, name: question })).toBeFocused();
  const role = option === 'None of these' ? 'checkbox' : 'radio';
  await page.getByRole('group', { name: question }).getByRole(role, { name: option }).focus();
  await page.keyboard.press('Space');
  await pressNext(page);
}

async function pressNext(page: Page) {
  await page.getByRole('button', { name: 'Next' }).focus();
  await page.keyboard.press('Enter');
}

async function openAssessment(page: Page, incident: { id: number; reference: string }) {
  await page.goto(`${new URL(page.url()).origin}/#/incident/${incident.id}/assess`);
  await expect(page.getByText(`${incident.reference}:`, { exact: false }).first()).toBeVisible();
}

test('assesses a stolen payroll laptop by keyboard: report to the ICO and tell the people', async ({ page, app, request }) => {
  await page.clock.setFixedTime(new Date('2026-11-25T09:00:00Z'));
  await page.goto(app.url);
  await signIn(page, 'Zoë Ødegård');
  const incident = await recordIncident(request, app.url, {
    title: 'Laptop with the payroll stolen from a car',
    cause: 'lost_or_stolen',
    breachTypes: ['confidentiality'],
    dataCategories: ['basic_identifiers', 'financial', 'official_documents'],
    peopleCategories: ['employees'],
    peopleCount: { kind: 'exact', value: 40 },
  });
  await openAssessment(page, incident);

  // The record answers four questions; the wizard says so and starts with the first it must ask.
  await expect(page.getByText('4 answers come from the incident record')).toBeVisible();
  const first = /Could anyone who should not have the personal data have seen it/;
  await expect(page.getByRole('heading', { level: 1, name: first })).toBeFocused();
  await expect(page.getByText('Question 1 of 11')).toBeVisible();
  await expect(page.getByText('An email sent to the wrong person, a stolen laptop')).toBeVisible();
  await expectAccessible(page, 'assessment question');

  // Next without an answer: a plain message beside the question, nothing lost.
  await pressNext(page);
  await expect(page.getByText('Choose an answer, or “I don’t know yet” if you are not sure.')).toBeVisible();

  // Tab into the radio group and choose with the arrow keys.
  await page.getByRole('heading', { level: 1, name: first }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'No, nobody else could have seen it' })).toBeFocused();
  for (let step = 0; step < 4; step += 1) await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: "Yes, many people, or people we don’t know" })).toBeChecked();
  await pressNext(page);

  await answer(page, /accident, or did someone do it deliberately/, 'Someone did it deliberately');

  // Going back shows what the record said, chosen and marked, then forward skips it again.
  await expect(page.getByRole('heading', { level: 1, name: /how badly could it affect/ })).toBeFocused();
  await page.getByRole('button', { name: 'Back' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /What kinds of personal data were involved/ })).toBeFocused();
  await expect(page.getByText('This answer comes from the incident record.')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^Financial details.*\(from the record\)/ })).toBeChecked();
  await expectAccessible(page, 'question answered from the record');
  await pressNext(page);

  await answer(page, /how badly could it affect/, 'Severe or lasting harm');
  await answer(page, /How easily could someone tell who the people are/, 'Easily');
  await answer(page, /children, vulnerable adults or patients/, 'None of these');
  await answer(page, /protected so that whoever has it cannot read it/, 'No, it can be read');
  await answer(page, /got back or deleted/, 'No, or it is too late');
  await answer(page, /How long could others see or take the data/, 'Less than a day');
  await answer(page, /any sign the data has already been misused/, 'No sign so far');
  await answer(page, /could you tell each person directly/, 'Yes, we can contact each of them');
  await answer(page, /Have you told any of the people yet/, 'Not yet');

  await expect(page.getByRole('heading', { level: 1, name: 'The advice' })).toBeFocused();
  const outcome = page.locator('.assess-outcome');
  await expect(outcome).toContainText('Likely to result in a high risk to people');
  await expect(outcome).toContainText('Report to the ICO');
  await expect(page.getByRole('list', { name: 'Reasons for the advice' })).toContainText(
    'The data may be with many people or with people you do not know, so misuse is more likely.',
  );
  await expect(page.getByText('Basis: UK GDPR Art. 33(1); UK GDPR Art. 34(1)')).toBeVisible();
  await expect(page.getByText('This score is an aid to judgement only.')).toBeVisible();
  await expectAccessible(page, 'assessment advice');

  await page.getByRole('button', { name: 'Accept this advice' }).focus();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'Assessment saved' })).toBeVisible();
  const panel = page.getByRole('region', { name: 'Risk assessment' });
  await expect(panel).toContainText('Version 1, decided by Zoë Ødegård');
  await expect(panel.locator('.assess-outcome')).toContainText('Report to the ICORequired');
  await expect(panel.locator('.assess-outcome')).toContainText('Tell the people affectedRequired');
  await expect(panel).toContainText('This decision follows Breachlog’s advice.');
  await expect(panel).toContainText('Someone acted deliberately, for example by theft or hacking, so misuse is more likely.');
  await expectAccessible(page, 'assessment saved');

  await page.getByRole('link', { name: 'Breachlog', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('row', { name: new RegExp(incident.reference) })).toContainText('Report to the ICO');
});

test('assesses a letter returned unopened by keyboard: record it, no report needed', async ({ page, app, request }) => {
  await page.clock.setFixedTime(new Date('2026-11-25T09:00:00Z'));
  await page.goto(app.url);
  await signIn(page, 'Łukasz Żółć');
  const incident = await recordIncident(request, app.url, {
    title: 'Letter posted to the wrong client, returned unopened',
    cause: 'sent_to_wrong_recipient',
    breachTypes: ['confidentiality'],
    dataCategories: ['basic_identifiers'],
    peopleCategories: ['customers'],
    peopleCount: { kind: 'exact', value: 1 },
  });
  await openAssessment(page, incident);

  await answer(page, /Could anyone who should not have the personal data have seen it/, 'Yes, one recipient we trust who is bound to keep it confidential');
  await answer(page, /how badly could it affect/, 'Hardly at all');
  await answer(page, /How easily could someone tell who the people are/, 'Easily');
  await answer(page, /children, vulnerable adults or patients/, 'None of these');
  await answer(page, /protected so that whoever has it cannot read it/, 'No, it can be read');
  await answer(page, /got back or deleted/, 'Yes, and it is confirmed');
  await answer(page, /How long could others see or take the data/, 'Less than a day');
  await answer(page, /any sign the data has already been misused/, 'No sign so far');
  await answer(page, /could you tell each person directly/, 'Yes, we can contact each of them');
  await answer(page, /Have you told any of the people yet/, 'Not yet');

  await expect(page.getByRole('heading', { level: 1, name: 'The advice' })).toBeFocused();
  await expect(page.locator('.assess-outcome')).toContainText('Unlikely to result in a risk to people');
  await page.getByRole('button', { name: 'Accept this advice' }).focus();
  await page.keyboard.press('Enter');

  const panel = page.getByRole('region', { name: 'Risk assessment' });
  await expect(panel.locator('.assess-outcome')).toContainText('Report to the ICONot required');
  await expect(panel.locator('.assess-outcome')).toContainText('Tell the people affectedNot required');
  await expect(panel).toContainText('you need not report it to the ICO');
  await expect(panel).toContainText('UK GDPR Art. 33(5)');
});

test('records a different decision with a reason, keeps both versions, and says when the record makes it out of date', async ({
  page,
  app,
  request,
}) => {
  await page.clock.setFixedTime(new Date('2026-11-25T09:00:00Z'));
  await page.goto(app.url);
  await signIn(page, 'Zoë Ødegård');
  const incident = await recordIncident(request, app.url, {
    title: 'Class list emailed to one parent',
    cause: 'sent_to_wrong_recipient',
    breachTypes: ['confidentiality'],
    dataCategories: ['basic_identifiers'],
    peopleCategories: ['customers'],
    peopleCount: { kind: 'exact', value: 25 },
  });
  await openAssessment(page, incident);
  await answer(page, /Could anyone who should not have the personal data have seen it/, 'Yes, one or a few people we know and can contact');
  await answer(page, /how badly could it affect/, 'Hardly at all');
  await answer(page, /How easily could someone tell who the people are/, 'Easily');
  await answer(page, /children, vulnerable adults or patients/, 'None of these');
  await answer(page, /protected so that whoever has it cannot read it/, 'No, it can be read');
  await answer(page, /got back or deleted/, 'We have tried, but cannot be sure');
  await answer(page, /How long could others see or take the data/, 'Less than a day');
  await answer(page, /any sign the data has already been misused/, 'No sign so far');
  await answer(page, /could you tell each person directly/, 'Yes, we can contact each of them');
  await answer(page, /Have you told any of the people yet/, 'Not yet');
  await expect(page.locator('.assess-outcome')).toContainText('Report to the ICONot required');

  await page.getByRole('button', { name: 'Record a different decision' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('group', { name: 'Report to the ICO' }).getByRole('radio', { name: 'Required', exact: true }).focus();
  await page.keyboard.press('Space');
  await page.getByLabel('Why are you deciding differently from the advice?').focus();
  await page.keyboard.type('To be safe.');
  await page.getByRole('button', { name: 'Save this decision' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText(/so explain why in a sentence or two \(at least 20 characters\)/)).toBeVisible();
  await expect(page.getByLabel('Why are you deciding differently from the advice?')).toBeFocused();
  await expectAccessible(page, 'different decision with an error');

  await page.keyboard.type(' The parent is a local journalist.');
  await page.getByRole('button', { name: 'Save this decision' }).focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('region', { name: 'Risk assessment' });
  await expect(panel.locator('.assess-outcome')).toContainText('Report to the ICORequired');
  await expect(panel).toContainText('This decision is different from Breachlog’s advice');
  await expect(panel).toContainText('To be safe. The parent is a local journalist.');

  // New facts arrive: health information was in the list too.
  await callApi(request, app.url, 'incident:update', { id: incident.id, changes: { dataCategories: ['basic_identifiers', 'health'] } });
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'The last assessment is out of date.' })).toContainText(
    'Special category data has been added to the record since this assessment.',
  );
  await expectAccessible(page, 'reassessment');

  // The reassessment starts from the earlier answers, with the record's new data ticked.
  const first = /Could anyone who should not have the personal data have seen it/;
  await expect(page.getByRole('heading', { level: 1, name: first })).toBeFocused();
  await expect(page.getByRole('radio', { name: 'Yes, one or a few people we know and can contact' })).toBeChecked();
  await pressNext(page);
  await expect(page.getByRole('radio', { name: 'Hardly at all' })).toBeChecked();
  await page.getByRole('button', { name: 'Back' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('checkbox', { name: /Health \(from the record\)/ })).toBeChecked();
  await pressNext(page);
  await answer(page, /how badly could it affect/, 'Severe or lasting harm');
  for (let remaining = 8; remaining > 0; remaining -= 1) await pressNext(page);

  await expect(page.getByRole('heading', { level: 1, name: 'The advice' })).toBeFocused();
  await page.getByRole('button', { name: 'Accept this advice' }).focus();
  await page.keyboard.press('Enter');
  await expect(panel).toContainText('Version 2, decided by Zoë Ødegård');
  await expect(panel.locator('.assess-outcome')).toContainText('Report to the ICORequired');
  await expect(panel).not.toContainText('out of date');
  const earlier = panel.getByRole('table', { name: 'Earlier assessments' });
  await expect(earlier.getByRole('row')).toHaveCount(2);
  await expect(earlier.getByRole('row').nth(1)).toContainText('1');
  await expect(earlier.getByRole('row').nth(1)).toContainText('Zoë Ødegård');
  await expect(earlier.getByRole('row').nth(1)).toContainText('No');
  await expectAccessible(page, 'panel with an earlier version');
});

test('corrects a kind of data in the wizard, and the record and the ICO draft show it', async ({ page, app, request }) => {
  await page.clock.setFixedTime(new Date('2026-11-25T09:00:00Z'));
  await page.goto(app.url);
  await signIn(page, 'Zoë Ødegård');
  const incident = await recordIncident(request, app.url, {
    title: 'Customer spreadsheet emailed to another client',
    cause: 'sent_to_wrong_recipient',
    breachTypes: ['confidentiality'],
    dataCategories: ['basic_identifiers', 'financial'],
    peopleCategories: ['customers'],
    peopleCount: { kind: 'exact', value: 40 },
  });
  await openAssessment(page, incident);

  await answer(page, /Could anyone who should not have the personal data have seen it/, 'Yes, one or a few people we know and can contact');
  // The spreadsheet also held National Insurance numbers: go back and tick them, in the record's own words.
  await expect(page.getByRole('heading', { level: 1, name: /how badly could it affect/ })).toBeFocused();
  await page.getByRole('button', { name: 'Back' }).focus();
  await page.keyboard.press('Enter');
  const kinds = page.getByRole('group', { name: /What kinds of personal data were involved/ });
  await expect(kinds.getByRole('checkbox', { name: /^Names and contact details \(basic identifiers\).*\(from the record\)/ })).toBeChecked();
  await expect(page.getByText('National Insurance numbers, tax codes and other official ID numbers are')).toBeVisible();
  await kinds.getByRole('checkbox', { name: /^Identity documents and numbers/ }).focus();
  await page.keyboard.press('Space');
  await pressNext(page);
  await answer(page, /how badly could it affect/, 'Upset or annoyance');
  await answer(page, /How easily could someone tell who the people are/, 'Easily');
  await answer(page, /children, vulnerable adults or patients/, 'None of these');
  await answer(page, /protected so that whoever has it cannot read it/, 'No, it can be read');
  await answer(page, /got back or deleted/, 'We have tried, but cannot be sure');
  await answer(page, /How long could others see or take the data/, 'Less than a day');
  await answer(page, /any sign the data has already been misused/, 'No sign so far');
  await answer(page, /could you tell each person directly/, 'Yes, we can contact each of them');
  await answer(page, /Have you told any of the people yet/, 'Not yet');

  await expect(page.getByRole('heading', { level: 1, name: 'The advice' })).toBeFocused();
  await expect(page.locator('.assess-outcome')).toContainText('Report to the ICO');
  await expect(page.getByRole('list', { name: 'Reasons for the advice' })).toContainText('enough to open accounts or borrow money');
  await page.getByRole('button', { name: 'Accept this advice' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Assessment saved' })).toBeVisible();

  const record = (await callApi(request, app.url, 'incident:get', { id: incident.id })) as { dataCategories: string[] };
  expect(record.dataCategories).toEqual(['basic_identifiers', 'financial', 'official_documents']);

  await page.goto(`${new URL(page.url()).origin}/#/incident/${incident.id}`);
  await page.getByRole('link', { name: 'ICO report draft' }).click();
  const preview = page.getByRole('article', { name: 'ICO report draft preview' });
  await expect(preview).toContainText('Identity documents and numbers (passports, driving licences, National Insurance numbers)');
  await expect(preview).toContainText('Names and contact details (basic identifiers)');
  await expectAccessible(page, 'ICO draft after a correction from the wizard');
});
