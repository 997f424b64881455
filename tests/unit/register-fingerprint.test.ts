import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fingerprintLine, formatFingerprint, parseTypedFingerprint, typedFingerprintSchema } from '../../shared/register-fingerprint';

const HASH = '9f3a61c0b2d477e10c55a9f23e18d04b9f3a61c0b2d477e10c55a9f23e18d04b';

describe('the register fingerprint in words', () => {
  it('reads as printed: entry with thousands commas, the hash in groups of four', () => {
    expect(fingerprintLine({ entry: 2481, hash: HASH })).toBe('Register fingerprint: entry 2,481, 9f3a 61c0 b2d4 77e1');
    expect(formatFingerprint({ entry: 7, hash: HASH }, 64)).toBe(`entry 7, ${HASH.match(/.{4}/g)?.join(' ')}`);
    expect(fingerprintLine(null)).toBe('Register fingerprint: no entries yet');
  });

  it('reads back every printed form, at every length from 16 hex characters to 64', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50_000_000 }),
        fc.stringMatching(/^[0-9a-f]{64}$/),
        fc.integer({ min: 16, max: 64 }),
        (entry, hash, length) => {
          const printed = formatFingerprint({ entry, hash }, length);
          for (const typed of [printed, `Register fingerprint: ${printed}`, printed.toUpperCase(), printed.replaceAll(' ', ''), `${printed}…`]) {
            expect(parseTypedFingerprint(typed), typed).toEqual({ ok: true, value: { entry, hashPrefix: hash.slice(0, length) } });
          }
        },
      ),
    );
  });

  it('takes a thousands comma as part of the number, and the hash may start with digits', () => {
    expect(parseTypedFingerprint('2,481, 1234 5678 9abc def0')).toEqual({ ok: true, value: { entry: 2481, hashPrefix: '123456789abcdef0' } });
    expect(parseTypedFingerprint('2481 1234 5678 9abc def0')).toEqual({ ok: true, value: { entry: 2481, hashPrefix: '123456789abcdef0' } });
    expect(parseTypedFingerprint('2,481,1234 5678 9abc def0')).toEqual({ ok: true, value: { entry: 2481, hashPrefix: '123456789abcdef0' } });
  });

  it('refuses what is not a fingerprint, saying why', () => {
    const refusals: [string, RegExp][] = [
      ['', /as it is printed/],
      ['9f3a61c0b2d477e1', /as it is printed/],
      ['entry 2,481', /Type the hash after the entry number too/],
      ['entry 2,481, 9f3a 61c0 b2d4', /at least the first 16 .* you typed 12/],
      ['entry 0, 9f3a61c0b2d477e1', /1 or more/],
      [`entry 1, ${HASH}0`, /64 characters at most/],
      ['entry 1, 9f3a61c0b2d477e1g', /as it is printed/],
      ['entry 99999999999999999999, 9f3a61c0b2d477e1', /1 or more/],
      ['entry 1\u0000, 9f3a61c0b2d477e1', /as it is printed/],
    ];
    for (const [typed, reason] of refusals) {
      const parsed = parseTypedFingerprint(typed);
      expect(parsed.ok, typed).toBe(false);
      if (!parsed.ok) expect(parsed.message, typed).toMatch(reason);
    }
    expect(typedFingerprintSchema.safeParse('x'.repeat(201)).success).toBe(false);
  });
});
