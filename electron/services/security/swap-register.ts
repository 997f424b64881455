import Database from 'better-sqlite3-multiple-ciphers';
import { constants, copyFileSync, existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SessionStatus } from '../../../shared/session';
import type { DatabaseKey } from '../database/database-key';
import { unlockConnection } from '../database/open-database';
import type { SwappableRegisterFile } from './register-file';
import { existingSidecars, fsyncDirectory, fsyncFile, removeSidecars, renameIntoPlace } from './durable-files';
import { cloneKey, wipeKey } from './key-memory';

/**
 * Puts a prepared, verified copy in place of the live register and opens it with `key`.
 * The live register is checkpointed and closed first, and its WAL and shared-memory files removed,
 * so no stale page can be replayed over the new file; the copy then replaces the original in one
 * atomic rename. A crash at any moment leaves one whole register: the old one or the new one.
 * With `keepAsidePath`, the replaced file (and any WAL it had) is copied there first, never over
 * an existing file.
 */
export function swapRegister(
  session: SwappableRegisterFile,
  copyPath: string,
  key: DatabaseKey,
  keepAsidePath?: string,
  onSwapped: () => void = () => {},
): SessionStatus {
  const livePath = session.databasePath;
  // Closing wipes the key the session holds, and `key` may be that very key: keep copies.
  const next = cloneKey(key);
  const live = session.unlocked();
  const previous = live ? cloneKey(live.key) : null;
  try {
    live?.db.pragma('wal_checkpoint(TRUNCATE)');
    session.close();
    try {
      if (keepAsidePath && existsSync(livePath)) keepAside(livePath, keepAsidePath, previous);
      removeSidecars(livePath);
      renameIntoPlace(copyPath, livePath);
    } catch (error) {
      // The original is still in place: go back to it.
      if (previous) session.reopen(previous);
      throw error;
    }
    onSwapped();
    return session.reopen(next);
  } finally {
    wipeKey(next);
    wipeKey(previous);
  }
}

function keepAside(livePath: string, asidePath: string, key: DatabaseKey | null): void {
  // A log with something in it belongs with the file; an empty one or the shared memory does not.
  const logs = existingSidecars(livePath).filter((file) => !file.endsWith('-shm') && statSync(file).size > 0);
  const files: [string, string][] = [[livePath, asidePath], ...logs.map((f): [string, string] => [f, asidePath + f.slice(livePath.length)])];
  for (const [from, to] of files) {
    copyFileSync(from, to, constants.COPYFILE_EXCL);
    fsyncFile(to);
  }
  if (key) foldIntoOneFile(asidePath, key);
  fsyncDirectory(dirname(asidePath));
}

/**
 * Folds any log into the kept-aside copy and leaves it a single file, so it can itself be
 * restored later (a file with a log beside it is refused as a restore source). Best effort: a copy
 * that will not open is kept exactly as it was.
 */
function foldIntoOneFile(path: string, key: DatabaseKey): void {
  let db: Database.Database | null = null;
  try {
    db = new Database(path, { fileMustExist: true });
    unlockConnection(db, key);
    db.pragma('journal_mode=DELETE');
  } catch {
    // Kept as copied.
  } finally {
    db?.close();
  }
}
