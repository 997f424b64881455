import { describe, expect, it } from 'vitest';
import { dashboardPeriodSchema, monthOf, monthsBetween, periodInstants, resolvePeriod } from '../../../shared/dashboard/period';

const LONDON = 'Europe/London';

describe('resolvePeriod', () => {
  const now = new Date('2026-12-02T00:30:00.000Z');

  it('last 12 months: from the 1st of the month eleven months back, to today', () => {
    expect(resolvePeriod({ preset: 'last_12_months' }, now, LONDON)).toEqual({ from: '2026-01-01', to: '2026-12-02' });
    expect(resolvePeriod({ preset: 'last_12_months' }, new Date('2027-03-15T12:00:00Z'), LONDON)).toEqual({ from: '2026-04-01', to: '2027-03-15' });
  });

  it('this year: from 1 January', () => {
    expect(resolvePeriod({ preset: 'this_year' }, now, LONDON)).toEqual({ from: '2026-01-01', to: '2026-12-02' });
  });

  it('the UK financial year starts on 1 April: in March it is the one that began last April', () => {
    expect(resolvePeriod({ preset: 'financial_year' }, now, LONDON)).toEqual({ from: '2026-04-01', to: '2026-12-02' });
    expect(resolvePeriod({ preset: 'financial_year' }, new Date('2027-03-31T22:59:00Z'), LONDON)).toEqual({ from: '2026-04-01', to: '2027-03-31' });
    // 23:30 UTC on 31 March 2027 is 00:30 BST on 1 April: the new financial year has begun in London.
    expect(resolvePeriod({ preset: 'financial_year' }, new Date('2027-03-31T23:30:00Z'), LONDON)).toEqual({ from: '2027-04-01', to: '2027-04-01' });
  });

  it('today is the local date: just after midnight on New Year’s Day in London is already the new year', () => {
    expect(resolvePeriod({ preset: 'this_year' }, new Date('2026-12-31T23:59:59Z'), LONDON)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(resolvePeriod({ preset: 'this_year' }, new Date('2027-01-01T00:00:00Z'), LONDON)).toEqual({ from: '2027-01-01', to: '2027-01-01' });
    expect(resolvePeriod({ preset: 'last_12_months' }, new Date('2027-01-01T00:00:00Z'), LONDON)).toEqual({ from: '2026-02-01', to: '2027-01-01' });
  });

  it('custom keeps the dates given', () => {
    expect(resolvePeriod({ preset: 'custom', from: '2025-04-01', to: '2026-03-31' }, now, LONDON)).toEqual({ from: '2025-04-01', to: '2026-03-31' });
  });
});

describe('dashboardPeriodSchema', () => {
  it('refuses an end before the start, long periods, nonsense dates and extra keys', () => {
    expect(dashboardPeriodSchema.safeParse({ preset: 'custom', from: '2026-05-01', to: '2026-04-30' }).success).toBe(false);
    expect(dashboardPeriodSchema.safeParse({ preset: 'custom', from: '2020-01-01', to: '2025-01-01' }).success).toBe(false);
    expect(dashboardPeriodSchema.safeParse({ preset: 'custom', from: '2021-01-01', to: '2025-12-31' }).success).toBe(true);
    expect(dashboardPeriodSchema.safeParse({ preset: 'custom', from: '2026-02-30', to: '2026-03-01' }).success).toBe(false);
    expect(dashboardPeriodSchema.safeParse({ preset: 'this_year', from: '2026-01-01' }).success).toBe(false);
    expect(dashboardPeriodSchema.safeParse({ preset: 'next_year' }).success).toBe(false);
    expect(dashboardPeriodSchema.safeParse({ preset: 'custom', from: '0000-01-01', to: '0000-02-01' }).success).toBe(false);
  });
});

describe('months', () => {
  it('lists every month a period touches, across the year boundary', () => {
    expect(monthsBetween('2025-11-15', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-03-31', '2026-03-31')).toEqual(['2026-03']);
  });

  it('puts an instant in its London month, summer time and winter time', () => {
    expect(monthOf('2026-03-31T23:30:00.000Z', LONDON)).toBe('2026-04'); // 00:30 BST on 1 April
    expect(monthOf('2026-10-31T23:30:00.000Z', LONDON)).toBe('2026-10'); // 23:30 GMT
    expect(monthOf('2026-12-31T23:59:59.999Z', LONDON)).toBe('2026-12');
    expect(monthOf('2026-03-31T23:30:00.000Z', 'UTC')).toBe('2026-03');
  });

  it('bounds a period at local midnight: BST in summer, GMT in winter', () => {
    expect(periodInstants({ from: '2026-04-01', to: '2026-10-31' }, LONDON)).toEqual({
      start: '2026-03-31T23:00:00.000Z',
      end: '2026-11-01T00:00:00.000Z',
    });
  });
});
