import { passphraseProblem } from '../../../shared/session';
import { AppError } from '../errors';

/**
 * How the register file is unlocked: a random 256-bit key from the OS key store, or a passphrase
 * (held as the person typed it; see passphraseForms for the forms that key a file).
 */
export type DatabaseKey = { kind: 'raw'; bytes: Buffer } | { kind: 'passphrase'; passphrase: string };

export const RAW_KEY_BYTES = 32;

/**
 * Refuses a key that cannot key a register, before any file is opened or created. A NUL in a
 * passphrase used to cut the key statement short: the file was created, the key failed, and the
 * empty file then opened with any passphrase at all.
 */
export function assertUsableKey(key: DatabaseKey): void {
  if (key.kind === 'raw') {
    if (key.bytes.length !== RAW_KEY_BYTES) throw new Error('A raw database key must be 32 bytes');
    return;
  }
  const problem = passphraseProblem(key.passphrase);
  if (problem) throw new AppError('invalid_input', `${problem}.`, [{ path: 'passphrase', message: problem }]);
}

/**
 * The forms of a passphrase to try when opening a file, in order. New keys are always the NFC form
 * (é typed as one character or as e plus an accent is the same passphrase). A register keyed
 * before that used the form as typed, so that comes next; then the decomposed form, for a
 * register made on a system that types decomposed text, opened from one that types composed.
 */
export function passphraseForms(passphrase: string): string[] {
  return [...new Set([passphrase.normalize('NFC'), passphrase, passphrase.normalize('NFD')])];
}

/** The key statement for a new key (a new register, a re-keyed copy): a passphrase in its NFC form. */
export function keyPragma(key: DatabaseKey): string {
  assertUsableKey(key);
  if (key.kind === 'raw') {
    // SQLCipher's raw-key form skips key derivation: the key itself is random, not guessable.
    return `key="x'${key.bytes.toString('hex')}'"`;
  }
  return passphrasePragma(key.passphrase.normalize('NFC'));
}

/** The key statements to try, in order, to open an existing file with this key. */
export function openingKeyPragmas(key: DatabaseKey): string[] {
  assertUsableKey(key);
  return key.kind === 'raw' ? [keyPragma(key)] : passphraseForms(key.passphrase).map(passphrasePragma);
}

function passphrasePragma(passphrase: string): string {
  return `key='${passphrase.replaceAll("'", "''")}'`;
}
