import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { formatUkDate, formatUkDateTime, fromLocalInputValue, fromUkDateAndTime, toLocalInputValue, toUkDateAndTime } from '../../shared/uk-time';

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

  it('says what date-fns says in the zone, for any instant from 1900 to 2100 and every hour around the clock changes', () => {
    // The display reads the zone through Intl for speed; date-fns with TZDate is the reference it must agree with.
    const zones = ['Europe/London', 'UTC', 'Europe/Paris', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe'];
    const instants: number[] = [];
    let seed = 20261204;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 3_000; i += 1) instants.push(Math.floor(Date.UTC(1900, 0, 1) + next() * (Date.UTC(2100, 0, 1) - Date.UTC(1900, 0, 1))));
    for (let year = 2024; year <= 2030; year += 1) {
      for (const month of [2, 9]) for (let day = 24; day <= 31; day += 1) for (let quarter = 0; quarter < 96; quarter += 4) instants.push(Date.UTC(year, month, day, 0, quarter * 15));
    }
    const differences = [];
    for (const ms of instants) {
      for (const zone of zones) {
        const expected = [format(new TZDate(ms, zone), 'EEE d MMM yyyy, HH:mm'), format(new TZDate(ms, zone), 'd MMM yyyy')];
        const shown = [formatUkDateTime(new Date(ms), zone), formatUkDate(new Date(ms).toISOString(), zone)];
        if (shown[0] !== expected[0] || shown[1] !== expected[1]) differences.push({ at: new Date(ms).toISOString(), zone, expected, shown });
      }
    }
    expect(differences).toEqual([]);
  });

  it('refuses an instant that is not one, as date-fns does', () => {
    expect(() => formatUkDateTime('not a date')).toThrow(RangeError);
    expect(() => formatUkDate(new Date(Number.NaN))).toThrow(RangeError);
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
