import { describe, expect, it } from 'vitest';
import { dashboardCharts, dashboardFigures, labelledColumns } from '../../../shared/dashboard/charts';
import { resolvePeriod } from '../../../shared/dashboard/period';
import type { DashboardSummary } from '../../../shared/dashboard/summary';
import { median, summariseRegister } from '../../../shared/dashboard/summary';
import { KNOWN_NOW, KNOWN_REGISTER } from './known-register';

const LONDON = 'Europe/London';
const HOUR = 3_600_000;
const all = Object.values(KNOWN_REGISTER);
const last12 = resolvePeriod({ preset: 'last_12_months' }, KNOWN_NOW, LONDON);
const counts = (summary: DashboardSummary) => Object.fromEntries(summary.months.map((m) => [m.month, m.count]));

describe('summariseRegister on a known register (last 12 months to 2 Dec 2026)', () => {
  const summary = summariseRegister({ breaches: all, period: last12, now: KNOWN_NOW, timeZone: LONDON });

  it('counts the seven breaches of the period, not the one before it nor the near miss', () => {
    expect(summary.total).toBe(7);
  });

  it('puts each in its London month: clock-change days, 00:30 BST on 1 April, midnight on 1 January', () => {
    expect(counts(summary)).toEqual({
      '2026-01': 1, '2026-02': 0, '2026-03': 1, '2026-04': 1, '2026-05': 0, '2026-06': 0,
      '2026-07': 0, '2026-08': 0, '2026-09': 0, '2026-10': 1, '2026-11': 1, '2026-12': 2,
    });
  });

  it('counts types (a breach may have several) and causes', () => {
    expect(summary.byType).toEqual([
      { type: 'confidentiality', count: 3 },
      { type: 'integrity', count: 2 },
      { type: 'availability', count: 2 },
      { type: 'not_yet_known', count: 1 },
    ]);
    expect(Object.fromEntries(summary.byCause.map((c) => [c.cause, c.count]))).toEqual({
      sent_to_wrong_recipient: 2, impersonation: 0, lost_or_stolen: 1, cyber_attack: 1, unauthorised_access: 0,
      system_failure: 1, insecure_disposal: 0, other: 1, not_yet_known: 1,
    });
  });

  it('reports within 72 hours: 2 of the 4 whose report was due (one late, one overdue)', () => {
    expect(summary.reporting).toEqual({ onTime: 2, late: 1, overdue: 1, shareOnTime: 0.5, notRequired: 1, notYetDue: 1, noAwareness: 1 });
  });

  it('takes the medians of 36, 48 and 73 hours to report, and of 6, 6, 24 and 48 hours to containment', () => {
    expect(summary.toReport).toEqual({ medianMs: 48 * HOUR, count: 3 });
    expect(summary.toContainment).toEqual({ medianMs: 15 * HOUR, count: 4 });
  });

  it('counts overdue actions and never-assessed breaches over the whole register, near misses left out', () => {
    expect(summary.overdueActions).toEqual({ count: 2, references: ['BR-2026-0003', 'BR-2025-0009'] });
    expect(summary.neverAssessed).toEqual({ count: 3, references: ['BR-2026-0004', 'BR-2026-0005', 'BR-2025-0009'] });
  });

  it('says the same in words', () => {
    const figures = Object.fromEntries(dashboardFigures(summary).map((f) => [f.label, f.value]));
    expect(figures).toEqual({
      'Breaches in the period': '7',
      'Reported within 72 hours': '50% (2 of 4)',
      'Median time from awareness to report': '2 days',
      'Median time from awareness to containment': '15 hours',
      'Overdue actions': '2',
      'Breaches never assessed': '3',
    });
    const [months] = dashboardCharts(summary);
    expect(months?.bars.map((b) => `${b.tick}${b.subTick ? ` ${b.subTick}` : ''}=${b.value}`).join(' ')).toBe(
      'Jan 2026=1 Feb=0 Mar=1 Apr=1 May=0 Jun=0 Jul=0 Aug=0 Sep=0 Oct=1 Nov=1 Dec=2',
    );
    expect(months?.description).toBe('7 breaches over 12 months; the most in one month was 2 (December 2026).');
  });
});

describe('summariseRegister edge cases', () => {
  it('an empty register: twelve empty months, no share, no medians', () => {
    const summary = summariseRegister({ breaches: [], period: last12, now: KNOWN_NOW, timeZone: LONDON });
    expect(summary.total).toBe(0);
    expect(summary.months).toHaveLength(12);
    expect(summary.months.every((m) => m.count === 0)).toBe(true);
    expect(summary.reporting.shareOnTime).toBeNull();
    expect(summary.toReport).toEqual({ medianMs: null, count: 0 });
    expect(summary.toContainment).toEqual({ medianMs: null, count: 0 });
    const figures = Object.fromEntries(dashboardFigures(summary).map((f) => [f.label, f.value]));
    expect(figures['Reported within 72 hours']).toBe('No report was due');
    expect(figures['Median time from awareness to report']).toBe('None reported yet');
    const notes = Object.fromEntries(dashboardFigures(summary).map((f) => [f.label, f.note]));
    expect(notes['Median time from awareness to containment']).toBe('No breach in the period was marked contained or closed, with a time of awareness.');
    expect(notes['Reported within 72 hours']).toBe('No breach in the period was reported or is past its deadline.');
    expect(dashboardCharts(summary)[0]?.description).toBe('No breaches in this period.');
  });

  it('one breach: its own times are the medians', () => {
    const summary = summariseRegister({ breaches: [KNOWN_REGISTER.B], period: last12, now: KNOWN_NOW, timeZone: LONDON });
    expect(summary.total).toBe(1);
    expect(summary.reporting).toMatchObject({ onTime: 0, late: 1, shareOnTime: 0 });
    expect(summary.toReport.medianMs).toBe(73 * HOUR);
    expect(summary.toContainment.medianMs).toBe(48 * HOUR);
  });

  it('breaches without awareness are counted by when they were recorded and never timed', () => {
    const summary = summariseRegister({ breaches: [KNOWN_REGISTER.D], period: last12, now: KNOWN_NOW, timeZone: LONDON });
    expect(summary.total).toBe(1);
    expect(counts(summary)['2026-12']).toBe(1);
    expect(summary.reporting).toMatchObject({ noAwareness: 1, onTime: 0, shareOnTime: null });
    expect(summary.toReport.count).toBe(0);
  });

  it('a custom period across the year boundary, in winter time', () => {
    const summary = summariseRegister({ breaches: all, period: { from: '2025-12-01', to: '2026-01-31' }, now: KNOWN_NOW, timeZone: LONDON });
    expect(counts(summary)).toEqual({ '2025-12': 1, '2026-01': 1 });
    expect(dashboardCharts(summary)[0]?.bars.map((b) => [b.tick, b.subTick])).toEqual([['Dec', '2025'], ['Jan', '2026']]);
  });

  it('the financial year starting 1 April in London takes B (00:30 BST on 1 April) but not A (29 March)', () => {
    const fy = resolvePeriod({ preset: 'financial_year' }, KNOWN_NOW, LONDON);
    const summary = summariseRegister({ breaches: all, period: fy, now: KNOWN_NOW, timeZone: LONDON });
    expect(summary.total).toBe(5); // B, C, D, E, F
    expect(counts(summary)['2026-04']).toBe(1);
    // Read in UTC, the same instant is still 31 March, before the year.
    expect(summariseRegister({ breaches: all, period: fy, now: KNOWN_NOW, timeZone: 'UTC' }).total).toBe(4);
  });

  it('a report exactly at the deadline is on time; a minute later is late', () => {
    const at = (ms: number) => ({ ...KNOWN_REGISTER.I, reportedAt: new Date(Date.parse('2026-01-01T00:00:00Z') + ms).toISOString() });
    expect(summariseRegister({ breaches: [at(72 * HOUR)], period: last12, now: KNOWN_NOW, timeZone: LONDON }).reporting.onTime).toBe(1);
    expect(summariseRegister({ breaches: [at(72 * HOUR + 60_000)], period: last12, now: KNOWN_NOW, timeZone: LONDON }).reporting.late).toBe(1);
  });

  it('a processor’s breach past 72 hours is never overdue: its controller reports to the ICO', () => {
    const unreported = { ...KNOWN_REGISTER.I, reportedAt: null, reportDecision: null };
    const asController = summariseRegister({ breaches: [unreported], period: last12, now: KNOWN_NOW, timeZone: LONDON });
    const asProcessor = summariseRegister({ breaches: [{ ...unreported, isProcessor: true }], period: last12, now: KNOWN_NOW, timeZone: LONDON });
    expect(asController.reporting.overdue).toBe(1);
    expect(asProcessor.reporting).toMatchObject({ overdue: 0, notRequired: 1, shareOnTime: null });
    expect(asProcessor.total).toBe(1);
  });

  it('a report recorded before the corrected time of awareness counts as no time, not a negative one', () => {
    const early = { ...KNOWN_REGISTER.I, reportedAt: '2025-12-31T00:00:00.000Z' };
    expect(summariseRegister({ breaches: [early], period: last12, now: KNOWN_NOW, timeZone: LONDON }).toReport.medianMs).toBe(0);
  });
});

describe('median', () => {
  it('is the middle value, or the mean of the two middle ones', () => {
    expect(median([])).toBeNull();
    expect(median([5])).toBe(5);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('charts over long periods', () => {
  it('counts by year when a period has more than five years of months (an audit pack of the whole register)', () => {
    const summary = summariseRegister({ breaches: all, period: { from: '2020-01-01', to: '2026-12-02' }, now: KNOWN_NOW, timeZone: LONDON });
    const [overTime] = dashboardCharts(summary);
    expect(overTime?.title).toBe('Breaches per year');
    expect(overTime?.bars.map((b) => `${b.label}=${b.value}`)).toEqual(['2020=0', '2021=0', '2022=0', '2023=0', '2024=0', '2025=1', '2026=7']);
    expect(overTime?.description).toBe('8 breaches over 7 years; the most in one year was 7 (2026).');
  });

  it('labels every column when there is room, else only where each year starts', () => {
    const summary = summariseRegister({ breaches: [], period: { from: '2025-11-01', to: '2027-02-28' }, now: KNOWN_NOW, timeZone: LONDON });
    const bars = dashboardCharts(summary)[0]?.bars ?? [];
    expect(labelledColumns(bars, 1).every(Boolean)).toBe(true);
    expect(bars.filter((_, i) => labelledColumns(bars, 3)[i]).map((b) => `${b.tick} ${b.subTick}`)).toEqual(['Nov 2025', 'Jan 2026', 'Jan 2027']);
  });
});
