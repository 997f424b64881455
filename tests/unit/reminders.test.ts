import { describe, expect, it } from 'vitest';
import { lockedReminderNotice, lockedReminderText, openReminderNotice, reminderText } from '../../shared/reminder-text';
import { shouldOpenAtLogin } from '../../shared/start-at-sign-in';

const reminder = {
  incidentId: 4,
  reference: 'BR-2026-0004',
  hoursLeft: 4,
  deadline: '2026-07-01T15:05:00.000Z',
  firedAt: '2026-07-01T11:05:00.000Z',
  missed: false,
};

describe('reminder text', () => {
  it('on a locked screen says the reference and the deadline in UK time, never more', () => {
    expect(lockedReminderText(reminder, 'Europe/London')).toBe(
      'A breach deadline is in 4 hours — unlock Breachlog. BR-2026-0004, deadline Wed 1 Jul 2026, 16:05.',
    );
    expect(lockedReminderText({ ...reminder, hoursLeft: 1 }, 'Europe/London')).toContain('is in 1 hour —');
    expect(lockedReminderText({ ...reminder, hoursLeft: 0 }, 'Europe/London')).toBe(
      'A breach deadline has passed — unlock Breachlog. BR-2026-0004, deadline Wed 1 Jul 2026, 16:05.',
    );
  });

  it('opens the breach on a click when there is one, the register when there are several', () => {
    expect(lockedReminderNotice([reminder], 'Europe/London').incidentId).toBe(4);
    const several = lockedReminderNotice([reminder, { ...reminder, incidentId: 5, reference: 'BR-2026-0005', missed: true }], 'Europe/London');
    expect(several).toEqual({
      heading: 'Breachlog: deadline reminders you missed',
      body: '2 breach deadlines need attention — unlock Breachlog. BR-2026-0004, BR-2026-0005.',
      incidentId: null,
    });
    expect(openReminderNotice([{ ...reminder, title: 'Payroll emailed', assessed: true }]).body).toBe('BR-2026-0004 (Payroll emailed): 4 hours left to report to the ICO.');
  });
});

describe('reminder text says the time actually left', () => {
  const banner = { ...reminder, title: 'Payroll emailed', assessed: true };

  it('a reminder fired at 4 hours and read 37 minutes later says 3 hours 23 minutes, never "4 hours"', () => {
    const text = reminderText(banner, new Date('2026-07-01T11:42:00.000Z'));
    expect(text).toBe('BR-2026-0004 (Payroll emailed): 3 hours 23 minutes left to report to the ICO.');
    expect(text).not.toContain('4 hours');
    expect(lockedReminderText(reminder, 'Europe/London', new Date('2026-07-01T11:42:00.000Z'))).toContain('is in 3 hours 23 minutes —');
  });

  it('past the deadline on a breach never assessed: says to assess it, not to report with the reasons for the delay', () => {
    const late = new Date('2026-07-01T16:00:00.000Z');
    const unassessed = reminderText({ ...banner, assessed: false }, late);
    expect(unassessed).not.toContain('Report now');
    expect(unassessed).toContain('has not been assessed');
    expect(reminderText(banner, late)).toContain('Report now, with the reasons for the delay.');
  });
});

describe('start at sign-in', () => {
  it('follows the person’s choice, and until they choose is on exactly while a clock runs', () => {
    const cases = [
      ['on', false, true],
      ['on', true, true],
      ['off', true, false],
      ['off', false, false],
      ['unset', true, true],
      ['unset', false, false],
    ] as const;
    for (const [userChoice, clockRunning, expected] of cases) expect(shouldOpenAtLogin({ userChoice, clockRunning })).toBe(expected);
  });
});
