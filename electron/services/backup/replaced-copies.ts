import Database from 'better-sqlite3-multiple-ciphers';
import { randomFillSync } from 'node:crypto';
import { closeSync, existsSync, fstatSync, fsyncSync, openSync, readdirSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { ReplacedCopy } from '../../../shared/contract/security-operations';
import type { DatabaseKey } from '../database/database-key';
import { unlockConnection } from '../database/open-database';
import { AppError } from '../errors';
import { fsyncDirectory, sidecarPaths } from '../security/durable-files';
import { isReplacedCopyName, replacedAt } from './backup-names';

/** The registers kept aside by restores, beside the register, newest first. */
export function listReplacedCopies(databasePath: string): ReplacedCopy[] {
  const folder = dirname(databasePath);
  return readdirSync(folder)
    .filter((name) => isReplacedCopyName(databasePath, name))
    .map((fileName) => ({ fileName, replacedAt: replacedAt(fileName), bytes: statSync(join(folder, fileName)).size }))
    .sort((a, b) => (b.replacedAt ?? '').localeCompare(a.replacedAt ?? '') || b.fileName.localeCompare(a.fileName));
}

/**
 * Deletes a kept-aside register and its companion files for good: each is overwritten with random
 * bytes and synced before it is removed, so the sectors the file system reuses in place no longer
 * hold it. That is as far as a program can go: an SSD remaps writes to fresh flash cells and
 * erases the old ones only when it chooses (TRIM), and copy-on-write file systems (APFS, Btrfs,
 * ZFS, ReFS) and snapshots write the random bytes elsewhere, leaving the old blocks until they are
 * reused. The copy is encrypted, so what lingers there is unreadable without the register's key;
 * full-disk encryption (BitLocker, FileVault) covers the rest.
 */
export function deleteReplacedCopy(databasePath: string, fileName: string): void {
  if (fileName !== basename(fileName) || !isReplacedCopyName(databasePath, fileName)) {
    throw new AppError('invalid_input', 'That is not a replaced copy of the register.');
  }
  const path = join(dirname(databasePath), fileName);
  if (!existsSync(path)) throw new AppError('not_found', `There is no replaced copy called ${fileName} any more.`);
  for (const file of [path, ...sidecarPaths(path)]) overwriteAndRemove(file);
  fsyncDirectory(dirname(path));
}

/**
 * Deletes, securely, each kept-aside register that may still hold the breach `reference`, once
 * that breach has been removed after its retention period: those that hold its record, and those
 * that cannot be opened with the register's key to tell (made under an earlier key, or damaged).
 * Returns the names deleted.
 */
export function deleteReplacedCopiesHolding(databasePath: string, key: DatabaseKey, reference: string): string[] {
  const deleted: string[] = [];
  for (const { fileName } of listReplacedCopies(databasePath)) {
    const path = join(dirname(databasePath), fileName);
    if (holds(path, key, reference) === false) continue;
    deleteReplacedCopy(databasePath, fileName);
    deleted.push(fileName);
  }
  return deleted;
}

/** Whether the copy holds the breach's record or values on its trail; null when it cannot be read to tell. */
function holds(path: string, key: DatabaseKey, reference: string): boolean | null {
  let db: Database.Database | null = null;
  try {
    db = new Database(path, { fileMustExist: true });
    unlockConnection(db, key);
    const inRegister = db.prepare('SELECT 1 FROM incident WHERE reference = ?').get(reference) !== undefined;
    // A copy made before schema 16 has no packed values.
    const packed = db.prepare("SELECT 1 FROM pragma_table_info('audit_entry') WHERE name = 'payload_packed'").get() !== undefined;
    const valuesKept = packed ? '(payload_json IS NOT NULL OR payload_packed IS NOT NULL)' : 'payload_json IS NOT NULL';
    const onTrail = db.prepare(`SELECT 1 FROM audit_entry WHERE reference = ? AND ${valuesKept}`).get(reference) !== undefined;
    return inRegister || onTrail;
  } catch {
    return null;
  } finally {
    db?.close();
  }
}

const CHUNK = 1024 * 1024;

function overwriteAndRemove(path: string): void {
  let fd: number;
  try {
    fd = openSync(path, 'r+');
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return;
    throw error;
  }
  try {
    const size = fstatSync(fd).size;
    const noise = Buffer.alloc(Math.min(CHUNK, Math.max(size, 1)));
    for (let offset = 0; offset < size; offset += noise.length) {
      randomFillSync(noise);
      writeSync(fd, noise, 0, Math.min(noise.length, size - offset), offset);
    }
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  rmSync(path, { force: true });
}
