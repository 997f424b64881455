import Database from 'better-sqlite3-multiple-ciphers';
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync } from 'node:fs';
import { basename } from 'node:path';
import type { BackupContents, RegisterContents, UnlockMode } from '../../../shared/contract/security-operations';
import type { SessionStatus } from '../../../shared/session';
import type { DatabaseKey } from '../database/database-key';
import type { Db } from '../database/open-database';
import { openDatabase, unlockConnection } from '../database/open-database';
import { AuditTrail } from '../audit/audit-trail';
import { AppError } from '../errors';
import { checkRegisterFile } from '../security/check-register-file';
import { removeWithSidecars } from '../security/durable-files';
import { wipeKey } from '../security/key-memory';
import type { RegisterFacts } from '../security/register-facts';
import { incidentCount, registerFacts } from '../security/register-facts';
import type { KeyedRegisterFile, SwappableRegisterFile } from '../security/register-file';
import { rekeyFile } from '../security/rekeyed-copy';
import { swapRegister } from '../security/swap-register';
import { replacedCopyPath } from './backup-names';
import { refuseUnsafeSource } from './restore-source';
import { restoreTarget } from './restore-target';

export interface RestoreRequest {
  /** The backup file the person chose. */
  file: string;
  /** The secret the backup was made with, if not the register's own (a recovery key or a passphrase). */
  backupKey: DatabaseKey | null;
  /** The audit-trail head of the backup the person was shown and confirmed (see checkBackup). */
  confirmedHead: string | null;
  now: Date;
  /** Who restored it, for the audit trail; the person may not have signed in yet on a new PC. */
  actor: string;
}

export interface RestoreOutcome {
  incidents: number;
  replacedFile: string | null;
  session: SessionStatus;
  /** The unlock mode the register has now, when the restore changed it (a new key on a new PC). */
  modeAfter: UnlockMode | null;
}

/** Where a check copies a backup: a fresh name each time, so two checks never share a file. */
export function checkingCopyPath(databasePath: string): string {
  return `${databasePath}.checking-${randomBytes(6).toString('hex')}`;
}

/**
 * Step one of a restore: proves the backup by its content, on a copy beside the register (the
 * person's file is never opened for writing), and says what it holds, with what the register
 * holds now, so the person can see what they are about to go back to. Only someone allowed to
 * restore over this register may check a backup for it. Nothing is replaced.
 */
export async function checkBackup(register: KeyedRegisterFile, file: string, backupKey: DatabaseKey | null): Promise<BackupContents> {
  refuseUnsafeSource(file, register.databasePath);
  const target = await restoreTarget(register, backupKey);
  const key = backupKey ?? target.key;
  const copy = checkingCopyPath(register.databasePath);
  try {
    copyFileSync(file, copy);
    const facts = checkRegisterFile(copy, key, 'backup');
    const open = register.unlocked();
    return {
      file,
      ...contentsOf(facts, newestEntryAt(copy, key)),
      schemaVersion: facts.schemaVersion,
      auditHead: facts.auditHead,
      current: open ? liveContents(open.db) : null,
    };
  } finally {
    removeWithSidecars(copy);
    wipeKey(target.key);
  }
}

/**
 * Step two: replaces the register with the backup the person confirmed. Every check runs again,
 * on a copy beside the register, before anything is replaced: it opens with its key, passes the
 * integrity check, is a complete Breachlog register no newer than this version, its audit chain
 * verifies, and it is still the backup that was shown (same trail head). A key-store register's
 * copy is re-encrypted under this PC's key; a passphrase register keeps the backup's passphrase.
 * The 'restored' entry is written into the copy, so it lands together with the restore or not at
 * all; the replaced file is kept aside under a name no other file has. Run it one at a time (the
 * session's `exclusively`): the copy's name is fixed so a killed restore's leftover is found.
 */
export async function restoreBackup(
  register: KeyedRegisterFile & SwappableRegisterFile,
  request: RestoreRequest,
  /** Runs once the backup has passed every check, just before the swap (the session ends its lock). */
  beforeSwap: () => void,
): Promise<RestoreOutcome> {
  refuseUnsafeSource(request.file, register.databasePath);
  const target = await restoreTarget(register, request.backupKey);
  const backupKey = request.backupKey ?? target.key;
  const staging = restoringCopyPath(register.databasePath);
  try {
    removeWithSidecars(staging);
    copyFileSync(request.file, staging);
    const facts = checkRegisterFile(staging, backupKey, 'backup');
    if (facts.auditHead !== request.confirmedHead) {
      throw new AppError(
        'invalid_input',
        'This backup file has changed since it was checked, so it is not the one you confirmed. Check it again; nothing has been changed.',
      );
    }
    rekeyFile(staging, backupKey, target.key);
    checkRegisterFile(staging, target.key, 'backup', facts);
    recordRestore(staging, target.key, request, facts.auditHead, incidentCount(facts));
    checkRegisterFile(staging, target.key, 'backup');
    // A key made for this restore is stored only now, once the backup has passed every check.
    await target.beforeSwap();
    beforeSwap();
    const asidePath = existsSync(register.databasePath) ? replacedCopyPath(register.databasePath, request.now) : null;
    const status = swapRegister(register, staging, target.key, asidePath ?? undefined);
    await target.afterSwap();
    return { incidents: incidentCount(facts), replacedFile: asidePath, session: status, modeAfter: target.modeAfterSwap };
  } finally {
    removeWithSidecars(staging);
    wipeKey(target.key);
  }
}

export function restoringCopyPath(databasePath: string): string {
  return `${databasePath}.restoring`;
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

function contentsOf(facts: RegisterFacts, newest: string | null): RegisterContents {
  return { breaches: incidentCount(facts), trailEntries: facts.rowCounts['audit_entry'] ?? 0, newestEntryAt: newest };
}

function liveContents(db: Db): RegisterContents {
  return contentsOf(registerFacts(db), newestAt(db));
}

/** When the newest trail entry was written: what the backup goes back to. */
function newestEntryAt(path: string, key: DatabaseKey): string | null {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    unlockConnection(db, key);
    return newestAt(db);
  } finally {
    db.close();
  }
}

function newestAt(db: Db): string | null {
  return db.prepare<[], string>('SELECT at FROM audit_entry ORDER BY id DESC LIMIT 1').pluck().get() ?? null;
}
