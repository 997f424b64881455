import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareInstants, instantSchema } from '../../shared/instant';

describe('instants', () => {
  it.each([
    ['2026-11-24T10:00:05Z', '2026-11-24T10:00:05.000Z'],
    ['2026-11-24T10:00:05.5Z', '2026-11-24T10:00:05.500Z'],
    ['2026-11-24T10:00:05.123Z', '2026-11-24T10:00:05.123Z'],
    ['2026-11-24T10:00:05.123456Z', '2026-11-24T10:00:05.123Z'],
    ['2026-11-24T11:00:05+01:00', '2026-11-24T10:00:05.000Z'],
    ['2026-11-24T05:30:05.5-04:30', '2026-11-24T10:00:05.500Z'],
    ['2026-03-29T00:59:59.999Z', '2026-03-29T00:59:59.999Z'],
  ])('reads %s as %s', (given, canonical) => {
    expect(instantSchema.parse(given)).toBe(canonical);
  });

  it.each([
    ['past 9999 once the offset is applied', '9999-12-31T23:30:00-01:00'],
    ['before 0000 once the offset is applied', '0000-01-01T00:30:00+01:00'],
  ])('refuses a time %s plainly (it has no four-digit year)', (_label, given) => {
    const result = instantSchema.safeParse(given);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['Enter a date and time between the years 0000 and 9999']);
  });

  it('keeps reading a mistyped year the form has always accepted (records already stored must stay readable)', () => {
    expect(instantSchema.parse('0226-11-24T10:00:00Z')).toBe('0226-11-24T10:00:00.000Z');
  });

  it.each(['2026-02-30T10:00:00Z', '2026-11-24T10:00:05', '2026-11-24 10:00:05Z', '2026-11-24T24:00:00Z', '', 'now'])('refuses %j', (given) => {
    expect(instantSchema.safeParse(given).success).toBe(false);
  });

  it('writes every instant so that sorting the text sorts the times, whatever precision or offset it came in', () => {
    const writtenAnyWay = fc
      .tuple(
        fc.date({ min: new Date('0000-01-02T00:00:00Z'), max: new Date('9999-12-30T00:00:00Z'), noInvalidDate: true }),
        fc.constantFrom('ms', 'tenths', 'seconds', 'offset'),
      )
      .map(([date, form]) => {
        const iso = date.toISOString();
        if (form === 'tenths') return { time: Math.floor(date.getTime() / 100) * 100, text: `${iso.slice(0, 21)}Z` };
        if (form === 'seconds') return { time: Math.floor(date.getTime() / 1000) * 1000, text: `${iso.slice(0, 19)}Z` };
        if (form === 'offset') {
          const shifted = new Date(date.getTime() + 3_600_000).toISOString();
          return { time: date.getTime(), text: `${shifted.slice(0, 23)}+01:00` };
        }
        return { time: date.getTime(), text: iso };
      });
    fc.assert(
      fc.property(fc.array(writtenAnyWay, { minLength: 2, maxLength: 20 }), (instants) => {
        const stored = instants.map((instant) => instantSchema.parse(instant.text));
        const byText = [...stored].sort();
        const byTime = [...instants].sort((a, b) => a.time - b.time).map((instant) => new Date(instant.time).toISOString());
        expect(byText).toEqual(byTime);
      }),
    );
  });

  it('compares instants by time, not by their text', () => {
    expect(['2026-11-24T10:00:05Z', '2026-11-24T10:00:05.5Z', '2026-11-24T10:00:05.123Z'].sort(compareInstants)).toEqual([
      '2026-11-24T10:00:05Z',
      '2026-11-24T10:00:05.123Z',
      '2026-11-24T10:00:05.5Z',
    ]);
  });
});
