import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/contract/index';
import { ISSUES_MAX, parseUnknown, QUOTED_KEY_MAX, quoted } from '../../shared/parse';

describe('refusals quote at most a short prefix of what was sent', () => {
  const megabyteKey = 'k'.repeat(1_000_000);

  it('names a 1 MB unknown key by its first characters only', () => {
    const result = parseUnknown(contract['incident:get'].input, { id: 1, [megabyteKey]: true });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.issues).toEqual([{ path: '', message: `Unknown field "${'k'.repeat(QUOTED_KEY_MAX)}…"` }]);
    expect(JSON.stringify(result).length).toBeLessThan(500);
  });

  it('lists three unknown keys and counts the rest', () => {
    const payload = Object.fromEntries([['id', 1], ...Array.from({ length: 5_000 }, (_, i) => [`${'x'.repeat(1_000)}${i}`, i])]);
    const result = parseUnknown(contract['incident:get'].input, payload);
    expect(!result.ok && result.error.issues?.[0]?.message).toMatch(/^Unknown fields "x{40}…", "x{40}…", "x{40}…" and 4,997 more$/);
    expect(JSON.stringify(result).length).toBeLessThan(1_000);
  });

  it('shortens a long key in an issue path (a record keyed by what was sent)', () => {
    const result = parseUnknown(z.record(z.string(), z.number()), { [megabyteKey]: 'not a number' });
    expect(!result.ok && result.error.issues?.[0]?.path).toBe(`${'k'.repeat(QUOTED_KEY_MAX)}…`);
  });

  it(`lists at most ${ISSUES_MAX} issues`, () => {
    const result = parseUnknown(z.array(z.number()), Array.from({ length: 100_000 }, () => 'x'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues).toHaveLength(ISSUES_MAX + 1);
    expect(result.error.issues?.at(-1)).toEqual({ path: '', message: 'and 99,980 more' });
  });

  it('never cuts a character in half', () => {
    expect(quoted('😀'.repeat(50), 3)).toBe('😀😀😀…');
    expect(quoted('short')).toBe('short');
    expect(quoted('x'.repeat(QUOTED_KEY_MAX))).toBe('x'.repeat(QUOTED_KEY_MAX));
  });
});
