import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupResult } from '../../../shared/contract/security-operations';
import type { DatabaseKey } from '../database/database-key';
import type { Db } from '../database/open-database';
import { AppError } from '../errors';
import type { CheckOptions } from '../security/check-register-file';
import { checkRegisterFile } from '../security/check-register-file';
import { removeWithSidecars, renameIntoPlace } from '../security/durable-files';
import type { RegisterFacts } from '../security/register-facts';
import { incidentCount, registerFacts } from '../security/register-facts';
import { copyRegister } from '../security/rekeyed-copy';
import { backupFileName, isPartialName, partialName } from './backup-names';
import { explainFileError } from './file-errors';
import { recoveryFilePath, writeRecoveryFile } from './recovery-file';
import { readTrailHead } from '../anchor/trail-head';
import { backupFingerprintPath, writeBackupFingerprint } from './backup-fingerprint';
import type { SealedSecret } from '../security/passphrase-seal';

/**
 * Writes an encrypted backup of the open register into `folder`, under the register's own key (a
 * passphrase register's backups need its passphrase; a key-store register's, this PC or the
 * recovery key). The copy is written under a temporary name, synced, proved by its content against
 * the register (integrity, row counts, audit-chain head) and only then renamed to its final name.
 * With a recovery passphrase set, the key sealed with it is written beside the backup; the
 * register's fingerprint (its trail's head) always is, as `<backup>.fingerprint`.
 */
export function writeBackup(db: Db, key: DatabaseKey, folder: string, now: Date, recoverySeal: SealedSecret | null = null): BackupResult {
  if (!isFolder(folder)) {
    throw new AppError('not_found', `The folder ${folder} is not there (is the USB stick or network drive connected?).`);
  }
  removeLeftovers(folder);
  const fileName = backupFileName(folder, now);
  const finalPath = join(folder, fileName);
  const temporary = join(folder, partialName(fileName));
  try {
    const expected = registerFacts(db);
    const head = readTrailHead(db);
    copyRegister(db, temporary);
    verifyFreshBackup(temporary, key, expected, folder);
    if (recoverySeal) writeRecoveryFile(finalPath, recoverySeal);
    // The check above proved the copy's trail ends at this head.
    writeBackupFingerprint(finalPath, head, now);
    renameIntoPlace(temporary, finalPath);
    return {
      fileName,
      path: finalPath,
      bytes: statSync(finalPath).size,
      incidents: incidentCount(expected),
      auditHead: expected.auditHead,
      at: now.toISOString(),
    };
  } catch (error) {
    removeWithSidecars(temporary);
    if (!existsSync(finalPath)) {
      rmSync(recoveryFilePath(finalPath), { force: true });
      rmSync(backupFingerprintPath(finalPath), { force: true });
    }
    throw explainFileError(error, folder);
  }
}

/**
 * A backup just written is proved by quick_check (every page read, decrypted, its HMAC and B-tree
 * checked), the trail's own full verify (every record against the trail, the chain) and the row
 * counts and trail head of the register it was copied from. integrity_check would add only the
 * cross-check of each index against its table, at several times the cost, for indexes VACUUM INTO
 * has just built from those rows; a restore still runs the full integrity_check before it
 * replaces anything.
 */
export function verifyFreshBackup(path: string, key: DatabaseKey, expected: RegisterFacts, folder: string, options: CheckOptions = {}): void {
  try {
    checkRegisterFile(path, key, 'backup', expected, { pages: 'quick', ...options });
  } catch (error) {
    throw failedCheck(error, folder);
  }
}

/** The trail's half of that check when it ran on threads of its own (trail-check-thread.ts): its time, or the same refusal. */
export async function freshBackupTrail(trail: Promise<number>, folder: string): Promise<number> {
  try {
    return await trail;
  } catch (error) {
    throw failedCheck(error, folder);
  }
}

function failedCheck(error: unknown, folder: string): unknown {
  if (!(error instanceof AppError)) return error;
  return new AppError(
    'database_damaged',
    `The backup written to ${folder} did not pass its check (${error.message}) so it was removed. Try again; if it fails again, the drive may be failing: choose another folder.`,
  );
}

/** Partial files (and their journals) from backups that were killed part-way: never finished, never needed. */
export function removeLeftovers(folder: string): void {
  for (const name of readdirSync(folder)) {
    if (isPartialName(name)) rmSync(join(folder, name), { recursive: true, force: true });
  }
}

export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
