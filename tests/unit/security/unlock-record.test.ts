import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../electron/services/errors';
import { openWithPassphrase, sealWithPassphrase } from '../../../electron/services/security/passphrase-seal';
import {
  decodeUnlockRecord,
  encodeUnlockRecord,
  entryKey,
  keyStoreEntry,
  passphraseOnTopEntry,
} from '../../../electron/services/security/unlock-record';

// Each seal or open is a deliberate ~1 s of scrypt; several run per test, on a busy machine too.
describe('a key sealed with a passphrase', { timeout: 30_000 }, () => {
  const key = randomBytes(32);
  const sealing = sealWithPassphrase(key, 'Zażółć gęślą jaźń, twice');

  it('opens with the same passphrase, in either Unicode form, and with no other', async () => {
    const sealed = await sealing;
    expect((await openWithPassphrase(sealed, 'Zażółć gęślą jaźń, twice')).equals(key)).toBe(true);
    expect((await openWithPassphrase(sealed, 'Zażółć gęślą jaźń, twice'.normalize('NFD'))).equals(key)).toBe(true);
    await expect(openWithPassphrase(sealed, 'Zażółć gęślą jaźń, twice ')).rejects.toThrow(AppError);
  });

  it('is refused when any part was tampered with', async () => {
    const sealed = await sealing;
    const flipped = sealed.ciphertext.slice(0, -1) + (sealed.ciphertext.endsWith('0') ? '1' : '0');
    await expect(openWithPassphrase({ ...sealed, ciphertext: flipped }, 'Zażółć gęślą jaźń, twice')).rejects.toThrow(/not right/);
  });

  it('uses a fresh salt each time, so two seals of one key differ', async () => {
    const sealed = await sealing;
    const again = await sealWithPassphrase(key, 'Zażółć gęślą jaźń, twice');
    expect(again.salt).not.toBe(sealed.salt);
    expect(again.ciphertext).not.toBe(sealed.ciphertext);
  });
});

describe('the key store record', { timeout: 30_000 }, () => {
  it('reads the first release’s bare 32-byte key as the key store alone', () => {
    const key = randomBytes(32);
    expect(decodeUnlockRecord(key)).toEqual({ version: 1, current: keyStoreEntry(key) });
  });

  it('round-trips each way in, and gives the database key each one stands for', async () => {
    const key = randomBytes(32);
    const sealed = await passphraseOnTopEntry(key, 'a long office passphrase');
    const record = decodeUnlockRecord(encodeUnlockRecord({ version: 1, current: sealed, previous: { unlock: 'passphrase' } }));
    expect(record.current).toEqual(sealed);
    expect(await entryKey(record.current, null)).toBeNull();
    expect(await entryKey(record.current, 'a long office passphrase')).toEqual({ kind: 'raw', bytes: key });
    expect(await entryKey({ unlock: 'passphrase' }, 'a long office passphrase')).toEqual({ kind: 'passphrase', passphrase: 'a long office passphrase' });
    expect(await entryKey(keyStoreEntry(key), null)).toEqual({ kind: 'raw', bytes: key });
  });

  it('refuses a damaged record with a plain message', () => {
    for (const bytes of [Buffer.from('not json'), Buffer.from('{"version":2}'), Buffer.alloc(31)]) {
      expect(() => decodeUnlockRecord(bytes)).toThrow(/damaged/);
    }
  });
});
