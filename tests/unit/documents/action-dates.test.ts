import { describe, expect, it } from 'vitest';
import { describeFieldValue } from '../../../shared/documents/describe-value';
import { formatUkLocalDate } from '../../../shared/uk-time';

describe('action due dates read as UK dates, never ISO', () => {
  it('formats the calendar date itself, whatever the zone (no day lost at midnight)', () => {
    expect(formatUkLocalDate('2026-12-02')).toBe('2 Dec 2026');
    expect(formatUkLocalDate('2026-03-29')).toBe('29 Mar 2026');
    expect(formatUkLocalDate('2028-02-29')).toBe('29 Feb 2028');
  });

  it('in the record’s summary of actions', () => {
    const text = describeFieldValue('actions', [
      { description: 'Turn off autocomplete', owner: 'IT provider', dueDate: '2026-12-02', done: false },
      { description: 'Train staff', owner: '', dueDate: '2026-12-04', done: true },
    ], 'Europe/London');
    expect(text).toBe('Turn off autocomplete (IT provider, by 2 Dec 2026); Train staff (by 4 Dec 2026) — done');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});
