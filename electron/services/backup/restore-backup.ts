import { copyFileSync, existsSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { RestoreResult } from '../../../shared/contract/security-operations';
import type { DatabaseKey } from '../database/database-key';
import { openDatabase } from '../database/open-database';
import { AuditTrail } from '../audit/audit-trail';
import { AppError } from '../errors';
import type { RegisterSession } from '../register-session';
import { checkRegisterFile } from '../security/check-register-file';
import { removeWithSidecars } from '../security/durable-files';
import { wipeKey } from '../security/key-memory';
import { incidentCount } from '../security/register-facts';
import { rekeyFile } from '../security/rekeyed-copy';
import { swapRegister } from '../security/swap-register';
import { fileStamp, isPartialName } from './backup-names';
import { restoreTarget } from './restore-target';

export interface RestoreRequest {
  /** The backup file the person chose. */
  file: string;
  /** The secret the backup was made with, if not the register's own (a recovery key or a passphrase). */
  backupKey: DatabaseKey | null;
  now: Date;
  /** Who restored it, for the audit trail; the person may not have signed in yet on a new PC. */
  actor: string;
}

/**
 * Replaces the register with a backup. The backup is copied beside the register first and every
 * check runs on that copy, before anything is replaced: it opens with its key, passes the
 * integrity check, is a complete Breachlog register no newer than this version, and its audit
 * chain verifies. A key-store register's copy is re-encrypted under this PC's key; a passphrase
 * register keeps the backup's passphrase. The 'restored' entry is written into the copy, so it
 * lands together with the restore or not at all; the replaced file is kept aside.
 */
export async function restoreBackup(session: RegisterSession, request: RestoreRequest): Promise<RestoreResult> {
  if (!isFile(request.file)) throw new AppError('not_found', `There is no backup file at ${request.file}.`);
  if (isPartialName(basename(request.file))) {
    throw new AppError('database_damaged', 'This is an unfinished backup: it was interrupted while being written. Choose another backup; nothing has been changed.');
  }
  const { key: target, beforeSwap, afterSwap } = await restoreTarget(session, request.backupKey);
  const backupKey = request.backupKey ?? target;
  const staging = `${session.databasePath}.restoring`;
  try {
    removeWithSidecars(staging);
    copyFileSync(request.file, staging);
    const facts = checkRegisterFile(staging, backupKey, 'backup');
    rekeyFile(staging, backupKey, target);
    checkRegisterFile(staging, target, 'backup', facts);
    recordRestore(staging, target, request, facts.auditHead, incidentCount(facts));
    checkRegisterFile(staging, target, 'backup');
    // A key made for this restore is stored only now, once the backup has passed every check.
    await beforeSwap();
    if (!session.unlocked()) session.endLockForRestore();
    const asidePath = existsSync(session.databasePath) ? `${session.databasePath}.replaced-${fileStamp(request.now)}` : null;
    const status = swapRegister(session, staging, target, asidePath ?? undefined);
    await afterSwap();
    return { incidents: incidentCount(facts), replacedFile: asidePath, session: status };
  } finally {
    removeWithSidecars(staging);
    wipeKey(target);
  }
}

function recordRestore(path: string, key: DatabaseKey, request: RestoreRequest, backupHead: string | null, incidents: number): void {
  // openDatabase brings an older backup's schema up to date before the entry is written.
  const db = openDatabase(path, key, { create: false });
  try {
    const audit = new AuditTrail(db);
    db.transaction(() => {
      audit.append({
        at: request.now,
        actor: request.actor,
        incidentId: null,
        reference: null,
        action: 'restored',
        field: null,
        oldValue: null,
        newValue: { backupFile: basename(request.file), backupAuditHead: backupHead, incidents },
      });
    })();
    // Back to a single file (no WAL beside it) for the checks and the rename that follow.
    db.pragma('journal_mode=DELETE');
  } finally {
    db.close();
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
