import { describe, expect, it } from 'vitest';
import { formatUkDateTime, fromLocalInputValue, fromUkDateAndTime, toLocalInputValue, toUkDateAndTime } from '../../shared/uk-time';

describe('UK date display', () => {
  it('shows a winter time as GMT in the style a UK user expects', () => {
    expect(formatUkDateTime('2026-11-23T16:05:00.000Z')).toBe('Mon 23 Nov 2026, 16:05');
  });

  it('shows a summer time in BST', () => {
    expect(formatUkDateTime('2026-07-01T08:30:00.000Z')).toBe('Wed 1 Jul 2026, 09:30');
  });

  it('can show another zone when asked', () => {
    expect(formatUkDateTime('2026-11-23T16:05:00.000Z', 'Europe/Paris')).toBe('Mon 23 Nov 2026, 17:05');
  });
});

describe('reading a typed local time', () => {
  it('reads summer wall-clock time as BST', () => {
    expect(fromLocalInputValue('2026-07-01T09:30')?.toISOString()).toBe('2026-07-01T08:30:00.000Z');
  });

  it('reads winter wall-clock time as GMT', () => {
    expect(fromLocalInputValue('2026-11-23T16:05')?.toISOString()).toBe('2026-11-23T16:05:00.000Z');
  });

  it('reads a time typed in another zone', () => {
    expect(fromLocalInputValue('2026-11-23T17:05', 'Europe/Paris')?.toISOString()).toBe('2026-11-23T16:05:00.000Z');
  });

  it.each(['', 'yesterday', '2026-02-30T10:00', '2026-13-01T10:00', '2026-11-23'])('refuses %j', (value) => {
    expect(fromLocalInputValue(value)).toBeNull();
  });

  it('round-trips through the input format', () => {
    const instant = '2026-10-23T09:00:00.000Z';
    expect(fromLocalInputValue(toLocalInputValue(instant))?.toISOString()).toBe(instant);
  });
});

describe('reading a UK date and a 24-hour time typed separately', () => {
  it.each([
    ['23/11/2026', '16:05', '2026-11-23T16:05:00.000Z'],
    ['1/7/2026', '9:30', '2026-07-01T08:30:00.000Z'],
    ['01.07.2026', '0930', '2026-07-01T08:30:00.000Z'],
    ['29/02/2028', '00:00', '2028-02-29T00:00:00.000Z'],
    // Typed as people write them: a two-digit year, a 12-hour time, a month by name.
    ['1/12/26', '9am', '2026-12-01T09:00:00.000Z'],
    ['1/12/26', '9:30 pm', '2026-12-01T21:30:00.000Z'],
    ['23/11/2026', '4pm', '2026-11-23T16:00:00.000Z'],
    ['23/11/2026', '12am', '2026-11-23T00:00:00.000Z'],
    ['23/11/2026', '12.15 p.m.', '2026-11-23T12:15:00.000Z'],
    ['1 Dec 2026', '16:05', '2026-12-01T16:05:00.000Z'],
    ['1st December 26', '09:00', '2026-12-01T09:00:00.000Z'],
    ['1 jul 2026', '9AM', '2026-07-01T08:00:00.000Z'],
  ])('%s %s → %s', (date, time, iso) => {
    expect(fromUkDateAndTime(date, time)?.toISOString()).toBe(iso);
  });

  it.each([
    ['29/02/2026', '10:00'],
    ['31/04/2026', '10:00'],
    ['11/23/2026', '10:00'],
    ['23/11/2026', '24:00'],
    ['23/11/2026', '13pm'],
    ['23/11/2026', '0am'],
    ['23/11/2026', '9:75am'],
    ['23/11/2026', '9'],
    ['1/13/26', '10:00'],
    ['23/11/226', '10:00'],
    ['31 Febr 2026', '10:00'],
    ['1 Decembers 2026', '10:00'],
    ['1 Ju 2026', '10:00'],
    ['', ''],
  ])('refuses %j %j', (date, time) => {
    expect(fromUkDateAndTime(date, time)).toBeNull();
  });

  it('round-trips', () => {
    const { date, time } = toUkDateAndTime('2026-10-25T00:30:00.000Z');
    expect([date, time]).toEqual(['25/10/2026', '01:30']);
    expect(fromUkDateAndTime(date, time)?.toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });
});
