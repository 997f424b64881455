import Database from 'better-sqlite3-multiple-ciphers';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { DatabaseKey } from '../database/database-key';
import { RAW_KEY_BYTES } from '../database/database-key';
import { unlockConnection } from '../database/open-database';
import { AppError } from '../errors';
import type { UnlockMode } from '../../../shared/contract/security-operations';
import type { KeySource } from '../key-source';
import type { KeyedRegisterFile } from '../security/register-file';
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
  /** The unlock mode the register has once the restore is in place, when the restore changes it. */
  modeAfterSwap: UnlockMode | null;
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
export async function restoreTarget(register: KeyedRegisterFile, backupKey: DatabaseKey | null): Promise<RestoreTarget> {
  const open = register.unlocked();
  if (open) return unchanged(cloneKey(open.key));
  const source = register.keySource;
  const registerExists = existsSync(register.databasePath);
  if (source.kind === 'passphrase') {
    if (backupKey?.kind !== 'passphrase') {
      throw new AppError('invalid_input', 'Enter the passphrase the backup was made with.', [
        { path: 'passphrase', message: 'Enter the backup’s passphrase' },
      ]);
    }
    if (registerExists && !opensRegister(register.databasePath, backupKey)) throw unlockFirst();
    return unchanged(cloneKey(backupKey));
  }
  const record = await readUnlockRecordForRestore(source);
  if (record && record !== 'damaged') {
    if (!needsPassphrase(record.current)) {
      const key = await entryKey(record.current, null);
      if (key) return unchanged(key);
    }
    const id = entryKeyId(record.current);
    if (!(backupKey?.kind === 'raw' && id !== null && keyId(backupKey.bytes) === id)) throw unlockFirst();
  }
  return freshKeyStoreKey(source, record && record !== 'damaged' ? record.current : null);
}

function unchanged(key: DatabaseKey): RestoreTarget {
  return { key, beforeSwap: nothing, afterSwap: nothing, modeAfterSwap: null };
}

/**
 * A new key kept by this computer alone. Until the restored register is in place the key store
 * keeps the old way in as well, so a crash between the two leaves a register that still opens.
 */
function freshKeyStoreKey(source: Extract<KeySource, { kind: 'key-store' }>, previous: UnlockEntry | null): RestoreTarget {
  const fresh = randomBytes(RAW_KEY_BYTES);
  const current = keyStoreEntry(fresh);
  return {
    key: { kind: 'raw', bytes: Buffer.from(fresh) },
    beforeSwap: () => writeUnlockRecord(source, previous ? { version: 1, current, previous } : { version: 1, current }),
    afterSwap: () => writeUnlockRecord(source, { version: 1, current }),
    modeAfterSwap: 'key-store',
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
