import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatRecoveryKey, parseRecoveryKey } from '../../../electron/services/security/recovery-key';

describe('the recovery key', () => {
  it('is 14 groups of four base32 characters and reads back to the same key', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), (bytes) => {
        const key = Buffer.from(bytes);
        const text = formatRecoveryKey(key);
        expect(text).toMatch(/^([A-Z2-7]{4}-){13}[A-Z2-7]{4}$/);
        expect(parseRecoveryKey(text).equals(key)).toBe(true);
      }),
    );
  });

  it('forgives case, spaces and look-alike digits as typed from paper', () => {
    const key = randomBytes(32);
    const typed = formatRecoveryKey(key).toLowerCase().replaceAll('-', '  ').replaceAll('o', '0').replaceAll('i', '1');
    expect(parseRecoveryKey(typed).equals(key)).toBe(true);
  });

  it('catches any single mistyped character with the checksum', () => {
    const text = formatRecoveryKey(randomBytes(32));
    const positions = [...text].map((c, i) => (c === '-' ? -1 : i)).filter((i) => i >= 0);
    for (const i of positions) {
      const swapped = text.slice(0, i) + (text[i] === 'A' ? 'B' : 'A') + text.slice(i + 1);
      expect(() => parseRecoveryKey(swapped), `position ${i}`).toThrow(/typo|letters/);
    }
  });

  it('refuses the wrong length or characters with a plain message', () => {
    expect(() => parseRecoveryKey('ABCD-EFGH')).toThrow(/groups of four/);
    expect(() => parseRecoveryKey('!'.repeat(56))).toThrow(/groups of four/);
  });
});
