import { createHash } from 'node:crypto';
import { RAW_KEY_BYTES } from '../database/database-key';
import { AppError } from '../errors';

/**
 * The register's raw key written for a person to keep on paper: base32 (no 0/1/8/9 to confuse
 * with letters), in groups of four, with a short checksum so a typo is caught before any file is
 * touched. 32 key bytes + 3 checksum bytes = 56 characters = 14 groups.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const CHECKSUM_BYTES = 3;

export function formatRecoveryKey(key: Buffer): string {
  if (key.length !== RAW_KEY_BYTES) throw new Error('A recovery key is made from a 32-byte key');
  const bytes = Buffer.concat([key, checksum(key)]);
  let bits = '';
  for (const byte of bytes) bits += byte.toString(2).padStart(8, '0');
  let text = '';
  for (let i = 0; i < bits.length; i += 5) text += ALPHABET[parseInt(bits.slice(i, i + 5).padEnd(5, '0'), 2)];
  return text.match(/.{1,4}/g)?.join('-') ?? text;
}

/** Reads a typed recovery key back, forgiving case, spaces, dashes and look-alike digits. */
export function parseRecoveryKey(text: string): Buffer {
  const cleaned = text.toUpperCase().replace(/[\s-]/g, '').replaceAll('0', 'O').replaceAll('1', 'I').replaceAll('8', 'B');
  const expectedLength = Math.ceil(((RAW_KEY_BYTES + CHECKSUM_BYTES) * 8) / 5);
  if (cleaned.length !== expectedLength || [...cleaned].some((c) => !ALPHABET.includes(c))) {
    throw invalid(`A recovery key has ${expectedLength} letters and digits in groups of four, like ABCD-EFGH-…`);
  }
  let bits = '';
  for (const c of cleaned) bits += ALPHABET.indexOf(c).toString(2).padStart(5, '0');
  const bytes = Buffer.alloc(RAW_KEY_BYTES + CHECKSUM_BYTES);
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = parseInt(bits.slice(i * 8, i * 8 + 8), 2);
  const key = bytes.subarray(0, RAW_KEY_BYTES);
  if (!checksum(key).equals(bytes.subarray(RAW_KEY_BYTES))) {
    throw invalid('That recovery key has a typo: check each group against the printed copy.');
  }
  return Buffer.from(key);
}

function checksum(key: Buffer): Buffer {
  return createHash('sha256').update(key).digest().subarray(0, CHECKSUM_BYTES);
}

function invalid(message: string): AppError {
  return new AppError('invalid_input', message, [{ path: 'recoveryKey', message }]);
}
