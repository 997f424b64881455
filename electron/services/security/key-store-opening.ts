import { randomBytes } from 'node:crypto';
import type { UnlockMode } from '../../../shared/contract/security-operations';
import type { DatabaseKey } from '../database/database-key';
import { RAW_KEY_BYTES } from '../database/database-key';
import type { Db } from '../database/open-database';
import { openDatabase } from '../database/open-database';
import { AppError } from '../errors';
import type { KeySource } from '../key-source';
import { wipeKey } from './key-memory';
import { registerFileState, RegisterFileGone } from './register-file-state';
import { entryKey, entryMode, keyStoreEntry, readUnlockRecord, writeUnlockRecord } from './unlock-record';

export type KeyStoreOpening =
  /** The caller owns `key` and wipes it once it has taken its own copy. */
  | { state: 'open'; db: Db; key: DatabaseKey; mode: UnlockMode }
  /** Only a passphrase would open it; `mode` is the way in that is waiting for it. */
  | { state: 'needs_passphrase'; mode: UnlockMode };

/**
 * Opens the register with what the OS key store holds: a new key on first run; otherwise the
 * record's current way in or — after a change of mode that was cut short — the previous one, which
 * then becomes current again. A wrong passphrase or key is refused with a typed error. A register
 * file that is missing or empty while the key store holds its key (or `madeBefore` says one was
 * made here) is refused: it is reported, never replaced by a new, empty register.
 */
export async function openWithKeyStore(
  databasePath: string,
  source: Extract<KeySource, { kind: 'key-store' }>,
  passphrase: string | null,
  madeBefore = false,
): Promise<KeyStoreOpening> {
  const fileState = registerFileState(databasePath);
  const exists = fileState === 'present';
  const record = await readUnlockRecord(source);
  if (fileState !== 'present' && (record || madeBefore)) throw new RegisterFileGone(fileState, databasePath);
  if (!record) {
    if (exists) {
      throw new AppError('wrong_key', 'The register exists but its key is missing from this computer’s key store. Restore it from a backup with your recovery key or recovery passphrase.');
    }
    const bytes = randomBytes(RAW_KEY_BYTES);
    await writeUnlockRecord(source, { version: 1, current: keyStoreEntry(bytes) });
    const key: DatabaseKey = { kind: 'raw', bytes };
    return { state: 'open', db: openDatabase(databasePath, key, { create: true }), key, mode: 'key-store' };
  }
  let refusal: AppError | null = null;
  let waitingForPassphrase: UnlockMode | null = null;
  for (const entry of record.previous ? [record.current, record.previous] : [record.current]) {
    let key: DatabaseKey | null;
    try {
      key = await entryKey(entry, passphrase);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      refusal = error;
      continue;
    }
    if (!key) {
      waitingForPassphrase ??= entryMode(entry);
      continue;
    }
    let db: Db;
    try {
      db = openDatabase(databasePath, key, { create: false });
    } catch (error) {
      wipeKey(key);
      if (!(error instanceof AppError && error.code === 'wrong_key')) throw error;
      refusal = error;
      continue;
    }
    try {
      if (entry !== record.current || record.previous) await writeUnlockRecord(source, { version: 1, current: entry });
    } catch (error) {
      db.close();
      wipeKey(key);
      throw error;
    }
    return { state: 'open', db, key, mode: entryMode(entry) };
  }
  if (waitingForPassphrase || !refusal) return { state: 'needs_passphrase', mode: waitingForPassphrase ?? entryMode(record.current) };
  throw refusal;
}
