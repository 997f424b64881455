import { describe, expect, it } from 'vitest';
import { countdown, describeCountdown, icoDeadline } from '../../shared/deadline';
import { formatUkDateTime } from '../../shared/uk-time';

const HOUR = 3_600_000;

describe('icoDeadline', () => {
  it('is exactly 72 elapsed hours after awareness', () => {
    const aware = new Date('2026-11-23T16:05:00.000Z');
    expect(icoDeadline(aware).getTime() - aware.getTime()).toBe(72 * HOUR);
  });

  it('crosses the spring clock change: aware Fri 27 Mar 2026 10:00 GMT → Mon 30 Mar 2026 11:00 BST', () => {
    const deadline = icoDeadline(new Date('2026-03-27T10:00:00Z'));
    expect(formatUkDateTime(deadline)).toBe('Mon 30 Mar 2026, 11:00');
  });

  it('crosses the autumn clock change: aware Fri 23 Oct 2026 10:00 BST → Mon 26 Oct 2026 09:00 GMT', () => {
    const deadline = icoDeadline(new Date('2026-10-23T09:00:00Z'));
    expect(formatUkDateTime(deadline)).toBe('Mon 26 Oct 2026, 09:00');
  });

  it('counts a leap day: aware Sat 27 Feb 2028 12:00 → Wed 1 Mar 2028 12:00', () => {
    expect(formatUkDateTime(icoDeadline(new Date('2028-02-27T12:00:00Z')))).toBe('Wed 1 Mar 2028, 12:00');
  });

  it('does not move to a working day: aware Fri 17:30 → Mon 17:30', () => {
    expect(formatUkDateTime(icoDeadline(new Date('2026-11-20T17:30:00Z')))).toBe('Mon 23 Nov 2026, 17:30');
  });
});

describe('countdown states at their exact boundaries', () => {
  const aware = new Date('2026-11-20T10:00:00Z');
  const deadline = icoDeadline(aware).getTime();

  it.each([
    [deadline - 24 * HOUR - 1, 'running'],
    [deadline - 24 * HOUR, 'due_soon'],
    [deadline - 1, 'due_soon'],
    [deadline, 'overdue'],
    [deadline + 1, 'overdue'],
  ] as const)('at %d ms the clock is %s', (nowMs, state) => {
    expect(countdown(aware, new Date(nowMs)).state).toBe(state);
  });

  it('describes time left and time overdue in words', () => {
    expect(describeCountdown(countdown(aware, new Date(deadline - (49 * HOUR + 5 * 60_000))))).toBe(
      '2 days 1 hour 5 minutes left',
    );
    expect(describeCountdown(countdown(aware, new Date(deadline + 3 * HOUR)))).toBe('Overdue by 3 hours');
    expect(describeCountdown(countdown(aware, new Date(deadline - 30_000)))).toBe('0 minutes left');
  });
});
