import { basename } from 'node:path';
import type {
  BackupProgress,
  BackupContents,
  BackupResult,
  ReplacedCopy,
  RestoreResult,
  SecuritySettings,
  SecurityStatus,
  UnlockMode,
} from '../../../shared/contract/security-operations';
import type { SessionStatus } from '../../../shared/session';
import { keyFromRecoveryFile } from '../backup/recovery-file';
import { deleteReplacedCopiesHolding, deleteReplacedCopy, listReplacedCopies } from '../backup/replaced-copies';
import { checkBackup, restoreBackup } from '../backup/restore-backup';
import type { BackgroundBackup } from '../backup/background-backup';
import { writeBackupInBackground } from '../backup/background-backup';
import type { BackupWorkerScript } from '../backup/backup-worker-script';
import type { DatabaseKey } from '../database/database-key';
import type { Db } from '../database/open-database';
import { AppError } from '../errors';
import type { RegisterSession } from '../register-session';
import { wipeKey } from './key-memory';
import { changePassphrase } from './passphrase-change';
import { sealWithPassphrase } from './passphrase-seal';
import { formatRecoveryKey, parseRecoveryKey } from './recovery-key';
import type { SecurityChangeBy } from './security-store';
import { isBackupDue, recoveryFor, saveRecovery, SecurityStore } from './security-store';
import type { UnlockModeChange } from './unlock-mode-change';
import { changeSealingPassphrase, changeUnlockMode, proveCurrentPassphrase } from './unlock-mode-change';
import { keyId } from './unlock-record';
import { unpackJson } from '../database/packed-json';

/** The secret a person gives with a backup: a recovery key, or a passphrase (the backup's, or the recovery passphrase). */
export interface BackupSecret {
  file: string;
  recoveryKey?: string | undefined;
  passphrase?: string | undefined;
}

/**
 * Keeping the register private and recoverable: lock settings, backups, the two-step restore,
 * replaced copies, recovery secrets and unlock modes. The modules it calls get only the narrow
 * view of the register file they need; every change to the session's own state (its unlock mode,
 * the end of a lock for a restore) is made here, and every change that replaces the file runs
 * through the session's `exclusively`, one at a time with nothing else touching the register.
 */
/** The backup being made: claimed at once, its thread started once the register's key is at hand. */
interface BackupRun {
  backup: BackgroundBackup | null;
  cancelled: boolean;
}

export class SecurityService {
  private backup: BackupRun | null = null;
  /** Threads of backups that have answered (cancelled) but not yet stopped: they still hold a snapshot. */
  private readonly stoppingThreads = new Set<Promise<void>>();
  private lastBackupProgress: BackupProgress = { state: 'idle', step: 'done', fraction: 0 };

  constructor(
    private readonly session: RegisterSession,
    private readonly clock: () => Date,
    private readonly canChoosePaths: boolean,
    private readonly backupWorker: BackupWorkerScript,
    /** A write in the register's next turn (write-turns.ts): a backup runs outside them, saves carry on. */
    private readonly inWriteTurn: (write: () => void | Promise<void>) => Promise<void>,
  ) {
    session.onShutdown(() => this.stopBackup());
  }

  /** Stops a running backup and waits until every backup thread has stopped and its partial copy is gone. */
  private async stopBackup(): Promise<void> {
    const running = this.backup?.backup;
    // Not started yet (its key still being fetched): it will not start.
    if (this.backup) this.backup.cancelled = true;
    running?.cancel();
    await running?.done.catch(() => undefined);
    await Promise.all(this.stoppingThreads);
  }

  async status(): Promise<SecurityStatus> {
    const { db, key } = await this.open();
    const record = new SecurityStore(db).get();
    const recovery = recoveryFor(record, key);
    return {
      idleLockMinutes: record.idleLockMinutes,
      backupReminderDays: record.backupReminderDays,
      mode: this.session.unlockMode(),
      keyStoreAvailable: this.session.keySource.kind === 'key-store',
      recoveryPassphraseSet: recovery.sealed !== null,
      lastBackupAt: record.lastBackupAt,
      backupDue: isBackupDue(record, this.clock()),
      recoveryKeyShownAt: this.recoveryKeyShownAt(key, recovery.shownAt),
      canChoosePaths: this.canChoosePaths,
    };
  }

  async update(settings: SecuritySettings): Promise<SecurityStatus> {
    new SecurityStore((await this.open()).db).update(settings, this.changedBy(this.clock()));
    return this.status();
  }

  /**
   * The recovery key is the register's raw key in a printable form, shown once: a second request
   * is refused, so a passer-by at an unlocked PC cannot read it off the screen later. That it was
   * shown is kept in the data folder too, by key id, so restoring a backup made before it was
   * shown does not make it showable again.
   */
  async recoveryKey(): Promise<{ recoveryKey: string }> {
    const open = await this.open();
    if (open.key.kind !== 'raw' || this.session.keySource.kind !== 'key-store') {
      throw new AppError('invalid_input', 'This register has no recovery key: its passphrase is the only way in, so keep the passphrase safe.');
    }
    const store = new SecurityStore(open.db);
    const shownAt = this.recoveryKeyShownAt(open.key, recoveryFor(store.get(), open.key).shownAt);
    if (shownAt) {
      throw new AppError('invalid_input', `The recovery key was already shown, on ${shownAt.slice(0, 10)}; for safety it is shown only once.`);
    }
    const now = this.clock();
    this.session.folder?.noteRecoveryKeyShown(keyId(open.key.bytes), now);
    saveRecovery(store, open.key.bytes, { shownAt: now.toISOString() }, this.changedBy(now));
    return { recoveryKey: formatRecoveryKey(open.key.bytes) };
  }

  async changePassphrase(current: string, next: string): Promise<SessionStatus> {
    await this.open();
    this.refuseWhileBackingUp();
    return this.session.exclusively(async () => {
      if (this.session.unlockMode() !== 'key-store-and-passphrase') return changePassphrase(this.session, current, next);
      await changeSealingPassphrase(this.session, current, next);
      return this.session.status();
    });
  }

  async setUnlockMode(change: UnlockModeChange): Promise<SecurityStatus> {
    await this.open();
    this.refuseWhileBackingUp();
    await this.session.exclusively(async () => this.adopt(await changeUnlockMode(this.session, change)));
    return this.status();
  }

  async setRecoveryPassphrase(passphrase: string, current: string | undefined): Promise<SecurityStatus> {
    const { db, key } = await this.open();
    if (key.kind !== 'raw') {
      throw new AppError('invalid_input', 'This register opens with its passphrase on any PC, so it needs no recovery passphrase.');
    }
    // With a passphrase on top, a passer-by at the unlocked PC must not be able to set their own way in.
    await proveCurrentPassphrase(this.session, current);
    saveRecovery(new SecurityStore(db), key.bytes, { sealed: await sealWithPassphrase(key.bytes, passphrase) }, this.changedBy(this.clock()));
    return this.status();
  }

  /** Made off the main thread (background-backup.ts): the app keeps answering while it runs. */
  async createBackup(folder: string): Promise<BackupResult> {
    if (this.backup) throw new AppError('invalid_input', 'A backup is already being made. Wait for it to finish, or cancel it.');
    // Claimed before the first await, so a second request (a double click) is refused.
    const run: BackupRun = { backup: null, cancelled: false };
    this.backup = run;
    try {
      const { db, key } = await this.open();
      const now = this.clock();
      const sealed = recoveryFor(new SecurityStore(db).get(), key).sealed;
      if (run.cancelled) throw new AppError('cancelled', 'The backup was cancelled; no backup was written.');
      run.backup = writeBackupInBackground({ registerPath: this.session.databasePath, key, folder, now, recoverySeal: sealed, worker: this.backupWorker });
      const result = await run.backup.done;
      // The register may have been locked while the copy was checked: the time is noted once it is open.
      await this.inWriteTurn(async () => {
        new SecurityStore((await this.open()).db).update({ lastBackupAt: now.toISOString() }, this.changedBy(now));
      });
      return result;
    } finally {
      this.lastBackupProgress = run.backup?.progress() ?? { state: run.cancelled ? 'cancelled' : 'failed', step: 'done', fraction: 0 };
      this.backup = null;
      const stopping = run.backup?.stopped;
      if (stopping) {
        this.stoppingThreads.add(stopping);
        void stopping.then(() => this.stoppingThreads.delete(stopping));
      }
    }
  }

  backupProgress(): BackupProgress {
    if (this.backup) return this.backup.backup?.progress() ?? { state: 'running', step: 'copying', fraction: 0 };
    return this.lastBackupProgress;
  }

  /**
   * True when a backup was running and has been stopped; false when none was, or when its proved
   * copy is already being named (it finishes in a moment). The request for it answers once the
   * thread has stopped and the partial copy is gone.
   */
  cancelBackup(): boolean {
    if (!this.backup) return false;
    if (!this.backup.backup) {
      this.backup.cancelled = true;
      return true;
    }
    const stopped = this.backup.backup.cancel();
    if (stopped) this.backup.cancelled = true;
    return stopped;
  }

  /**
   * A change that replaces or re-keys the file, or rewrites it to dispose of removed data (a
   * removal's VACUUM and checkpoint, which the backup's open snapshot would hold back), waits for
   * no backup: it is refused while one runs.
   */
  refuseWhileBackingUp(): void {
    if (this.backup) {
      throw new AppError('invalid_input', 'A backup is being made. Wait for it to finish (or cancel it), then try again; nothing has been changed.');
    }
    if (this.stoppingThreads.size > 0) {
      throw new AppError('invalid_input', 'The backup that was cancelled is still stopping. Try again in a moment; nothing has been changed.');
    }
  }

  /** Step one of a restore: what the backup holds, proved; nothing is replaced. */
  async checkBackup(secret: BackupSecret): Promise<BackupContents> {
    return this.withBackupKey(secret, async (backupKey) => {
      await this.refuseWhenLocked();
      return checkBackup(this.session, secret.file, backupKey);
    });
  }

  /** Step two: the restore the person confirmed, one at a time. */
  async restore(secret: BackupSecret & { confirmedHead: string | null }): Promise<RestoreResult> {
    this.refuseWhileBackingUp();
    return this.session.exclusively(() =>
      this.withBackupKey(secret, async (backupKey) => {
        const state = await this.refuseWhenLocked();
        this.refuseRepeatRestore(secret.file, secret.confirmedHead);
        const actor = state === 'open' ? this.actorOrNull() : null;
        const outcome = await restoreBackup(
          this.session,
          { file: secret.file, backupKey, confirmedHead: secret.confirmedHead, now: this.clock(), actor: actor ?? 'Breachlog (restore before sign-in)' },
          // Someone who proved they own the register may open it from the lock screen by restoring.
          () => this.session.endLockForRestore(),
        );
        this.adopt(outcome.modeAfter);
        return { incidents: outcome.incidents, replacedFile: outcome.replacedFile, session: outcome.session };
      }),
    );
  }

  /**
   * A second click on "Restore this backup" arrives once the first restore is done (writes run one
   * at a time): the register then already is that backup, with nothing changed since, so restoring
   * it again would only push the first result aside. Refused, plainly.
   */
  private refuseRepeatRestore(file: string, confirmedHead: string | null): void {
    const db = this.session.unlocked()?.db;
    if (!db) return;
    const newest = db
      .prepare<[], { action: string; payload_json: string | null; payload_packed: Buffer | null }>(
        'SELECT action, payload_json, payload_packed FROM audit_entry ORDER BY id DESC LIMIT 1',
      )
      .get();
    const values = newest?.action === 'restored' ? unpackJson(newest.payload_json, newest.payload_packed) : null;
    if (values === null) return;
    const restored = (JSON.parse(values) as { new?: { backupFile?: unknown; backupAuditHead?: unknown } }).new;
    if (restored?.backupFile === basename(file) && restored.backupAuditHead === confirmedHead) {
      throw new AppError('invalid_input', 'This backup has just been restored, and nothing has changed since, so there is nothing to restore. Nothing has been changed.');
    }
  }

  async replacedCopies(): Promise<ReplacedCopy[]> {
    await this.open();
    return listReplacedCopies(this.session.databasePath);
  }

  async deleteReplacedCopy(fileName: string): Promise<ReplacedCopy[]> {
    await this.open();
    deleteReplacedCopy(this.session.databasePath, fileName);
    return listReplacedCopies(this.session.databasePath);
  }

  /**
   * After a breach is removed at the end of its retention period: the replaced copies that may
   * still hold it go too (see deleteReplacedCopiesHolding).
   */
  async removeFromReplacedCopies(reference: string): Promise<string[]> {
    const { key } = await this.open();
    return deleteReplacedCopiesHolding(this.session.databasePath, key, reference);
  }

  private async open(): Promise<{ db: Db; key: DatabaseKey }> {
    await this.session.services();
    const unlocked = this.session.unlocked();
    if (!unlocked) throw new AppError('needs_passphrase', 'The register is locked. Unlock it first.');
    return unlocked;
  }

  /** A key-store register locked at an unattended PC must not be checked or replaced by a passer-by. */
  private async refuseWhenLocked(): Promise<SessionStatus['state']> {
    const state = (await this.session.status()).state;
    if (state === 'locked') throw new AppError('needs_passphrase', 'The register is locked. Unlock it first, then restore.');
    return state;
  }

  private adopt(mode: UnlockMode | null): void {
    if (mode) this.session.adoptUnlockMode(mode);
  }

  private recoveryKeyShownAt(key: DatabaseKey, inRegister: string | null): string | null {
    if (key.kind !== 'raw') return inRegister;
    return this.session.folder?.recoveryKeyShownAt(keyId(key.bytes)) ?? inRegister;
  }

  /** Security changes go on the trail under the person's name (or the app's, before anyone has signed in). */
  private changedBy(at: Date): SecurityChangeBy {
    return { at, actor: this.actorOrNull() ?? 'Breachlog' };
  }

  private actorOrNull(): string | null {
    try {
      return this.session.actor();
    } catch {
      return null;
    }
  }

  /** Runs `use` with the backup's key from what the person typed, and wipes it afterwards. */
  private async withBackupKey<T>(secret: BackupSecret, use: (key: DatabaseKey | null) => Promise<T>): Promise<T> {
    // A passphrase is the recovery passphrase when the backup has a recovery file beside it.
    const recovered = secret.passphrase ? await keyFromRecoveryFile(secret.file, secret.passphrase) : null;
    const backupKey: DatabaseKey | null = secret.recoveryKey
      ? { kind: 'raw', bytes: parseRecoveryKey(secret.recoveryKey) }
      : (recovered ?? (secret.passphrase ? { kind: 'passphrase', passphrase: secret.passphrase } : null));
    try {
      return await use(backupKey);
    } catch (error) {
      if (secret.passphrase && !recovered && error instanceof AppError && error.code === 'wrong_key') {
        throw new AppError(
          'wrong_key',
          `That passphrase does not open this backup, and there is no recovery file (${basename(secret.file)}.recovery) beside it. Check the passphrase, or use the recovery key. Nothing has been changed.`,
        );
      }
      throw error;
    } finally {
      wipeKey(backupKey);
    }
  }
}
