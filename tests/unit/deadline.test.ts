import { describe, expect, it } from 'vitest';
import { CLOCK_STATE_LABELS, clockLine, clockState, clockSummary, countdown, describeCountdown, icoDeadline } from '../../shared/deadline';
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

describe('the clock’s state for an incident', () => {
  const aware = '2026-11-20T10:00:00.000Z';
  const at = (iso: string) => new Date(iso);

  it('has not started without a time of awareness', () => {
    expect(clockState({ awareAt: null, reportedAt: null, reportDecision: null }, at('2026-11-21T10:00:00Z')).state).toBe('not_started');
  });

  it('runs, comes due with under 24 hours left, and goes overdue at the deadline exactly', () => {
    const state = (now: string) => clockState({ awareAt: aware, reportedAt: null, reportDecision: 'required' }, at(now)).state;
    expect(state('2026-11-22T09:59:59.999Z')).toBe('running');
    expect(state('2026-11-22T10:00:00.000Z')).toBe('due_soon');
    expect(state('2026-11-23T09:59:59.999Z')).toBe('due_soon');
    expect(state('2026-11-23T10:00:00.000Z')).toBe('overdue');
  });

  it('stops when reported, whatever the time', () => {
    const c = clockState({ awareAt: aware, reportedAt: '2026-11-24T10:00:00.000Z', reportDecision: 'required' }, at('2026-12-01T00:00:00Z'));
    expect(c.state).toBe('stopped');
    expect(c.deadline?.toISOString()).toBe('2026-11-23T10:00:00.000Z');
  });

  it('shows "not required" when the decision is not to report, and runs again from the original awareness if reopened', () => {
    const now = at('2026-11-22T12:00:00Z');
    expect(clockState({ awareAt: aware, reportedAt: null, reportDecision: 'not_required' }, now).state).toBe('not_required');
    const reopened = clockState({ awareAt: aware, reportedAt: null, reportDecision: null }, now);
    expect(reopened).toMatchObject({ state: 'due_soon', msRemaining: 22 * HOUR });
  });

  it('gives the same answer whatever zone the computer is in: it works on instants only', () => {
    const a = clockState({ awareAt: '2026-10-24T23:30:00.000Z', reportedAt: null, reportDecision: null }, at('2026-10-27T23:29:00Z'));
    expect(a).toMatchObject({ state: 'due_soon', msRemaining: 60_000 });
    expect(formatUkDateTime(a.deadline ?? new Date(0))).toBe('Tue 27 Oct 2026, 23:30');
  });
});

describe('clock wording never says the state twice', () => {
  const aware = '2026-11-23T16:05:00.000Z';
  const at = (hours: number) => new Date(Date.parse(aware) + hours * HOUR);
  const overdue = clockState({ awareAt: aware, reportedAt: null, reportDecision: null }, at(76.5));
  const clocks = [
    clockState({ awareAt: aware, reportedAt: null, reportDecision: null }, at(10)),
    clockState({ awareAt: aware, reportedAt: null, reportDecision: null }, at(60)),
    overdue,
    clockState({ awareAt: null, reportedAt: null, reportDecision: null }, at(1)),
    clockState({ awareAt: aware, reportedAt: at(5).toISOString(), reportDecision: 'required' }, at(6)),
    clockState({ awareAt: aware, reportedAt: null, reportDecision: 'not_required' }, at(6)),
  ];

  it('in the register line ("Overdue by 4 hours 30 minutes", not "Overdue Overdue by …")', () => {
    expect(clockLine(overdue)).toBe('Overdue by 4 hours 30 minutes');
    for (const clock of clocks) expect(clockLine(clock)).not.toMatch(/\b(\w+) \1\b/i);
  });

  it('under the breach page’s clock heading', () => {
    for (const clock of clocks) {
      const heading = `72-hour clock: ${CLOCK_STATE_LABELS[clock.state]}`;
      expect(clockSummary(clock).toLowerCase()).not.toContain(CLOCK_STATE_LABELS[clock.state].toLowerCase() + ' ');
      expect(`${heading} ${clockSummary(clock)}`).not.toMatch(/\b(\w+) \1\b/i);
    }
    expect(clockSummary(overdue)).toBe('The deadline passed 4 hours 30 minutes ago.');
  });
});
