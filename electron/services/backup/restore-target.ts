import Database from 'better-sqlite3-multiple-ciphers';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { DatabaseKey } from '../database/database-key';
import { RAW_KEY_BYTES } from '../database/database-key';
import { unlockConnection } from '../database/open-database';
import { AppError } from '../errors';
import type { RegisterSession } from '../register-session';
import { cloneKey } from '../security/key-memory';
import type { UnlockEntry } from '../security/unlock-record';
import { entryKey, entryKeyId, keyId, keyStoreEntry, needsPassphrase, readUnlockRecordForRestore, writeUnlockRecord } from '../security/unlock-record';

/** The key the restored register will open with, and what to record about it before and after the swap. */
export interface RestoreTarget {
  key: DatabaseKey;
  /** Runs once the backup has passed every check, just before the swap. */
  beforeSwap: () => Promise<void>;
  /** Runs once the restored register is in place. */
  afterSwap: () => Promise<void>;
}

const nothing = async () => {};

const unlockFirst = () =>
  new AppError(
    'needs_passphrase',
    'Unlock the register first, then restore. If its passphrase is lost, restore with this register’s recovery key or recovery passphrase instead.',
  );

/**
 * Only the register's owner may replace it. An open register is theirs. A locked or unopened one
 * is replaced only by someone who proves to own it: with the passphrase that opens it, or — when
 * its passphrase on top of the key store is lost — with its own recovery key (matched by key id,
 * not just any backup's). Where there is nothing to protect (a new profile, a lost or damaged key
 * store record), any backup with its secret restores, under a new key kept by this computer.
 */
export async function restoreTarget(session: RegisterSession, backupKey: DatabaseKey | null): Promise<RestoreTarget> {
  const open = session.unlocked();
  if (open) return { key: cloneKey(open.key), beforeSwap: nothing, afterSwap: nothing };
  const source = session.keySource;
  const registerExists = existsSync(session.databasePath);
  if (source.kind === 'passphrase') {
    if (backupKey?.kind !== 'passphrase') {
      throw new AppError('invalid_input', 'Enter the passphrase the backup was made with.', [
        { path: 'passphrase', message: 'Enter the backup’s passphrase' },
      ]);
    }
    if (registerExists && !opensRegister(session.databasePath, backupKey)) throw unlockFirst();
    return { key: cloneKey(backupKey), beforeSwap: nothing, afterSwap: nothing };
  }
  const record = await readUnlockRecordForRestore(source);
  if (record && record !== 'damaged') {
    if (!needsPassphrase(record.current)) {
      const key = await entryKey(record.current, null);
      if (key) return { key, beforeSwap: nothing, afterSwap: nothing };
    }
    const id = entryKeyId(record.current);
    if (!(backupKey?.kind === 'raw' && id !== null && keyId(backupKey.bytes) === id)) throw unlockFirst();
  }
  return freshKeyStoreKey(session, source, record && record !== 'damaged' ? record.current : null);
}

/**
 * A new key kept by this computer alone. Until the restored register is in place the key store
 * keeps the old way in as well, so a crash between the two leaves a register that still opens.
 */
function freshKeyStoreKey(
  session: RegisterSession,
  source: Extract<RegisterSession['keySource'], { kind: 'key-store' }>,
  previous: UnlockEntry | null,
): RestoreTarget {
  const fresh = randomBytes(RAW_KEY_BYTES);
  const current = keyStoreEntry(fresh);
  return {
    key: { kind: 'raw', bytes: Buffer.from(fresh) },
    beforeSwap: () => writeUnlockRecord(source, previous ? { version: 1, current, previous } : { version: 1, current }),
    afterSwap: async () => {
      await writeUnlockRecord(source, { version: 1, current });
      session.adoptUnlockMode('key-store');
    },
  };
}

/** Whether `key` opens the register file (a damaged file whose key is right counts: the key is proved). */
function opensRegister(path: string, key: DatabaseKey): boolean {
  const db = new Database(path, { fileMustExist: true });
  try {
    unlockConnection(db, key);
    return true;
  } catch (error) {
    if (error instanceof AppError && error.code === 'database_damaged') return true;
    if (error instanceof AppError && error.code === 'wrong_key') return false;
    throw error;
  } finally {
    db.close();
  }
}
