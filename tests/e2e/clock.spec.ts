import { expectAccessible, expect, fillDateTime, signIn, test, THIS_YEAR } from './fixtures';

test('the clock runs, comes due, goes overdue; a late report needs its reasons and stops the clock', async ({ page, app }) => {
  // Aware Fri 20 Nov 2026 10:00 → deadline Mon 23 Nov 2026 10:00 (weekend included).
  await page.clock.install({ time: new Date('2026-11-20T10:29:00Z') });
  await page.clock.pauseAt(new Date('2026-11-20T10:30:00Z'));
  await page.goto(app.url);
  await signIn(page);
  await page.getByRole('link', { name: 'Record a breach' }).click();
  await page.getByLabel('Title').fill('Ransomware on the shared drive');
  await fillDateTime(page, 'When the organisation became aware', '20/11/2026', '10:00');
  await page.getByRole('button', { name: 'Save to the register' }).click();
  await expect(page.getByRole('region', { name: /Finish the essentials|Assess the risk/ })).toBeVisible();

  const clock = page.getByRole('region', { name: /72-hour clock/ });
  await expect(clock.getByRole('heading')).toHaveText('72-hour clock: Running');
  await expect(clock).toContainText('2 days 23 hours 30 minutes left');
  await expect(clock).toContainText('Mon 23 Nov 2026, 10:00');

  await page.clock.fastForward('50:00:00');
  await expect(clock.getByRole('heading')).toHaveText('72-hour clock: Due soon');
  await expect(clock).toContainText('21 hours 30 minutes left');

  await page.clock.fastForward('22:00:00');
  await expect(clock.getByRole('heading')).toHaveText('72-hour clock: Overdue');
  await expect(clock).toContainText('The deadline passed 30 minutes ago.');

  await page.getByRole('link', { name: 'Back to the register' }).click();
  await expect(page.getByRole('region', { name: /Clocks running/ })).toContainText('Overdue by 30 minutes');
  await page.getByRole('link', { name: new RegExp(String.raw`BR-${THIS_YEAR}-0001`) }).first().click();

  await clock.getByRole('button', { name: 'Record a report to the ICO…' }).click();
  const form = page.getByRole('form', { name: 'Record a report to the ICO' });
  await form.getByLabel('Date sent (dd/mm/yyyy)').fill('23/11/2026');
  await form.getByLabel('Time sent (24-hour)').fill('10:25');
  await form.getByLabel('What was sent or said').fill('Initial report through the online form.');
  await form.getByLabel('ICO case reference').fill('IC-998877-Z9');
  await expect(form.getByLabel('Reasons for reporting after 72 hours')).toBeVisible();
  await form.getByRole('button', { name: 'Record the report' }).click();
  await expect(form.getByText('Give the reasons for reporting after 72 hours (Art. 33(1))')).toBeVisible();

  await form.getByLabel('Reasons for reporting after 72 hours').fill('Our IT provider confirmed the data was affected only on Monday morning.');
  await form.getByRole('button', { name: 'Record the report' }).click();
  await expect(clock.getByRole('heading')).toHaveText('72-hour clock: Reported');
  await expect(clock).toContainText('Initial report on Mon 23 Nov 2026, 10:25');
  await expect(clock).toContainText('late; reasons given: Our IT provider confirmed');
  await page.clock.fastForward('24:00:00');
  await expect(clock.getByRole('heading')).toHaveText('72-hour clock: Reported');
});

// axe needs running timers, so the accessibility check runs without the paused clock.
test('the clock panel, the late-report form and the reminders pass the accessibility check', async ({ page, app }) => {
  await page.goto(app.url);
  await signIn(page);
  await page.getByRole('link', { name: 'Record a breach' }).click();
  await page.getByLabel('Title').fill('Laptop left on a train');
  await fillDateTime(page, 'When the organisation became aware', '02/11/2026', '09:00');
  await page.getByRole('button', { name: 'Save to the register' }).click();
  await expect(page.getByRole('region', { name: /Finish the essentials|Assess the risk/ })).toBeVisible();
  const clock = page.getByRole('region', { name: /72-hour clock/ });
  await expect(clock.getByRole('heading')).toHaveText('72-hour clock: Overdue');
  await clock.getByRole('button', { name: 'Record a report to the ICO…' }).click();
  await page.getByRole('form', { name: 'Record a report to the ICO' }).getByRole('button', { name: 'Record the report' }).click();
  await expect(page.getByText('Say briefly what was sent or said').first()).toBeVisible();
  await expectAccessible(page, 'clock panel with late report form');
  await page.getByRole('button', { name: 'Correct the time of awareness…' }).click();
  await expectAccessible(page, 'awareness correction');
  await page.getByRole('link', { name: 'Back to the register' }).click();
  await expect(page.getByRole('region', { name: /Clocks running/ })).toBeVisible();
  await expectAccessible(page, 'register with running clocks');
});
