import { copyFileSync, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SessionStatus } from '../../../shared/session';
import type { DatabaseKey } from '../database/database-key';
import type { RegisterSession } from '../register-session';
import { existingSidecars, fsyncDirectory, fsyncFile, removeSidecars, renameIntoPlace } from './durable-files';
import { cloneKey, wipeKey } from './key-memory';

/**
 * Puts a prepared, verified copy in place of the live register and opens it with `key`.
 * The live register is checkpointed and closed first, and its WAL and shared-memory files removed,
 * so no stale page can be replayed over the new file; the copy then replaces the original in one
 * atomic rename. A crash at any moment leaves one whole register: the old one or the new one.
 * With `keepAsidePath`, the replaced file (and any WAL it had) is copied there first.
 */
export function swapRegister(
  session: RegisterSession,
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
      if (keepAsidePath && existsSync(livePath)) keepAside(livePath, keepAsidePath);
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

function keepAside(livePath: string, asidePath: string): void {
  const files: [string, string][] = [[livePath, asidePath], ...existingSidecars(livePath).map((f): [string, string] => [f, asidePath + f.slice(livePath.length)])];
  for (const [from, to] of files) {
    copyFileSync(from, to);
    fsyncFile(to);
  }
  fsyncDirectory(dirname(asidePath));
}
