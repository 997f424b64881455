import { timingSafeEqual } from 'node:crypto';
import type { DatabaseKey } from '../database/database-key';

/**
 * Keys held in memory are copied in and wiped out, so that locking can zero the bytes the session
 * holds without touching a buffer the caller (a key store, a test) still owns. A passphrase is a
 * JavaScript string and cannot be wiped; dropping the last reference is all that can be done.
 */
export function cloneKey(key: DatabaseKey): DatabaseKey {
  return key.kind === 'raw' ? { kind: 'raw', bytes: Buffer.from(key.bytes) } : { kind: 'passphrase', passphrase: key.passphrase };
}

export function wipeKey(key: DatabaseKey | null): void {
  if (key?.kind === 'raw') key.bytes.fill(0);
}

/** Compares two keys in constant time, so a wrong guess at the current passphrase leaks nothing. */
export function sameKey(a: DatabaseKey, b: DatabaseKey): boolean {
  if (a.kind !== b.kind) return false;
  // Passphrases compare in their NFC form: é typed either way is the same passphrase.
  const left = a.kind === 'raw' ? a.bytes : Buffer.from(a.passphrase.normalize('NFC'), 'utf8');
  const right = b.kind === 'raw' ? b.bytes : Buffer.from((b as { passphrase: string }).passphrase.normalize('NFC'), 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}
