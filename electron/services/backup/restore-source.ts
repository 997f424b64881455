import { existsSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { AppError } from '../errors';
import { sidecarPaths } from '../security/durable-files';
import { isPartialName } from './backup-names';

/**
 * Refuses a file that must not be restored from, before anything is read or copied: one that is
 * not there, an unfinished backup, the live register itself (by its real path and by its identity
 * on disk, so a symbolic or hard link to it is caught too), or any database with a write-ahead log
 * beside it, which is in use or was not closed cleanly: a copy of the file alone would silently
 * drop every change still in its log.
 */
export function refuseUnsafeSource(file: string, databasePath: string): void {
  let source;
  try {
    source = statSync(file);
  } catch {
    source = null;
  }
  if (!source?.isFile()) throw new AppError('not_found', `There is no backup file at ${file}.`);
  if (isPartialName(basename(file)) || isPartialName(basename(dirname(file)))) {
    throw new AppError('database_damaged', 'This is an unfinished backup: it was interrupted while being written. Choose another backup; nothing has been changed.');
  }
  if (isLiveRegister(file, source, databasePath)) {
    throw new AppError(
      'invalid_input',
      'This is the register Breachlog has open now, not a backup of it. Choose a backup file (breachlog-backup-….db); nothing has been changed.',
    );
  }
  const log = sidecarPaths(realpathSync(file)).find((path) => path.endsWith('-wal') && existsSync(path));
  if (log) {
    throw new AppError(
      'invalid_input',
      `This file has a write-ahead log beside it (${basename(log)}): it is a database that is open in a program, or was not closed properly, and part of it is still in that log. Restoring the file alone would lose it. Close the program that uses it, or choose a finished backup; nothing has been changed.`,
    );
  }
}

function isLiveRegister(file: string, source: { dev: number; ino: number }, databasePath: string): boolean {
  let live;
  try {
    live = statSync(databasePath);
  } catch {
    return false;
  }
  // The same inode on the same device is the same file, whatever path or link leads to it.
  if (live.dev === source.dev && live.ino === source.ino && live.ino !== 0) return true;
  try {
    return realpathSync(file) === realpathSync(databasePath);
  } catch {
    return false;
  }
}
