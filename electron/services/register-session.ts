import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { LockReason, SessionStatus } from '../../shared/session';
import type { DatabaseKey } from './database/database-key';
import type { Db } from './database/open-database';
import { closeDatabase, openDatabase, openReader } from './database/open-database';
import { AppError } from './errors';
import type { KeySource } from './key-source';
import { removeWithSidecars } from './security/durable-files';
import { openWithKeyStore } from './security/key-store-opening';
import type { UnlockMode } from '../../shared/contract/security-operations';
import { cloneKey, wipeKey } from './security/key-memory';
import type { OpenRegister } from './open-register';
import { buildOpenRegister } from './open-register';
import type { FolderFacts } from './security/data-folder';
import { readOnlyFolder } from './security/data-folder';
import type { RegisterFileProblem } from './security/register-file-state';
import { registerFileState, RegisterFileGone } from './security/register-file-state';
import type { UnlockCheck } from '../../shared/audit';
import { UnlockVerification } from './audit/unlock-verification';

type KeyStore = Extract<KeySource, { kind: 'key-store' }>;

/** Owns the open database: opens it with the key source, hands out services, closes it. */
export class RegisterSession {
  private open: OpenRegister | null = null;
  private failure: string | null = null;
  /** Set with `failure` when the register file is missing or empty although a register existed. */
  private fileProblem: RegisterFileProblem | null = null;
  /** Set while the file is being replaced or re-encrypted: see `exclusively`. */
  private changing = false;
  private user: string | null = null;
  /** The open register's key (a private copy, wiped on close); null while locked. */
  private key: DatabaseKey | null = null;
  /** Set by lock(): a key-store register then stays shut until the person asks to open it. */
  private locked = false;
  /** Why the last lock happened, for the lock screen; cleared when the register opens. */
  private lockReason: LockReason | null = null;
  /** Who was working when the register was locked: unlocking in this run carries on as them (they can change it). */
  private userBeforeLock: string | null = null;
  private mode: UnlockMode;
  private opening: Promise<boolean> | null = null;
  /** The full verify started at unlock (see unlock-verification.ts). */
  private verification: UnlockVerification | null = null;
  /** The check's own copy of the key, wiped once its connection is open (or on close, if it never ran). */
  private verificationKey: DatabaseKey | null = null;
  private readonly openedListeners: ((db: Db) => void)[] = [];
  private readonly shutdownSteps: (() => Promise<void>)[] = [];

  constructor(
    readonly databasePath: string,
    readonly keySource: KeySource,
    private readonly clock: () => Date = () => new Date(),
    /** The data folder this process holds (see data-folder.ts); null only in single-process tests. */
    readonly folder: FolderFacts | null = null,
  ) {
    this.mode = keySource.kind === 'passphrase' ? 'passphrase' : 'key-store';
    // Copies left by a re-encryption or restore that was killed: never needed, and not to linger.
    for (const leftover of [`${databasePath}.rekeying`, `${databasePath}.restoring`, ...checkingCopies(databasePath)]) removeWithSidecars(leftover);
  }

  async status(): Promise<SessionStatus> {
    if (this.open) return this.openStatus();
    if (this.keySource.kind === 'passphrase') {
      const fileState = registerFileState(this.databasePath);
      if (fileState === 'present') return this.lockReason ? { state: 'needs_passphrase', reason: this.lockReason } : { state: 'needs_passphrase' };
      if (this.folder?.registerMadeAt()) return this.unavailable(new RegisterFileGone(fileState, this.databasePath));
      return { state: 'needs_new_passphrase' };
    }
    if (this.locked) return this.lockedStatus();
    if (this.failure === null) {
      try {
        // One opening at a time: two at once on a first run would each make a key.
        this.opening ??= this.openWithKeyStore(this.keySource, null).finally(() => {
          this.opening = null;
        });
        if (!(await this.opening)) return { state: 'needs_passphrase' };
      } catch (error) {
        return this.unavailable(error);
      }
    }
    return this.open ? this.openStatus() : this.failedStatus();
  }

  /** Remembers why the register cannot be opened, in words fit to show. */
  private unavailable(error: unknown): SessionStatus {
    const explained = explainOpenError(error, this.databasePath);
    this.failure = explained instanceof AppError ? explained.message : 'The register could not be opened.';
    this.fileProblem = explained instanceof RegisterFileGone ? explained.problem : null;
    return this.failedStatus();
  }

  private failedStatus(): SessionStatus {
    return this.fileProblem
      ? { state: 'unavailable', message: this.failure ?? '', problem: this.fileProblem }
      : { state: 'unavailable', message: this.failure ?? '' };
  }

  /**
   * Runs a change that replaces or re-encrypts the register file (a restore, a new passphrase, a
   * change of unlock mode) with nothing else touching the register meanwhile: a second change is
   * refused, and so is every other request until it is done, so no write can land in a file that
   * is about to be replaced.
   */
  async exclusively<T>(change: () => Promise<T>): Promise<T> {
    if (this.changing) throw busyChanging();
    this.changing = true;
    try {
      return await change();
    } finally {
      this.changing = false;
    }
  }

  async unlock(passphrase: string): Promise<SessionStatus> {
    if (this.open) return this.openStatus();
    if (this.keySource.kind === 'key-store') {
      // Reads the key store's record first, so the mode is known (and a key-store register just opens).
      const state = await this.status();
      if (state.state === 'open') return state;
      if (this.mode === 'key-store') {
        throw new AppError('invalid_input', 'This register is unlocked by the computer’s key store, not a passphrase.');
      }
      if (!(await this.openWithKeyStore(this.keySource, passphrase))) {
        throw new AppError('needs_passphrase', 'Enter the register’s passphrase to open it.');
      }
      return this.openStatus();
    }
    const fileState = registerFileState(this.databasePath);
    if (fileState !== 'present' && this.folder?.registerMadeAt()) throw new RegisterFileGone(fileState, this.databasePath);
    const key: DatabaseKey = { kind: 'passphrase', passphrase };
    let db: Db;
    try {
      db = openDatabase(this.databasePath, key, { create: fileState !== 'present' });
    } catch (error) {
      throw explainOpenError(error, this.databasePath);
    }
    this.attach(db, key);
    return this.openStatus();
  }

  /** Closes the database and drops the key from memory, on demand, after the idle time or when the computer locks. */
  lock(reason: LockReason = 'on_request'): SessionStatus {
    // Locking twice (the idle timer after "Lock now") keeps the first reason and the first person.
    if (this.open || !this.locked) {
      this.userBeforeLock = this.user ?? this.userBeforeLock;
      this.lockReason = reason;
    }
    this.close();
    this.locked = true;
    this.user = null;
    return this.lockedStatus();
  }

  /** How this register is unlocked now: by the key store alone, with a passphrase on top, or by passphrase alone. */
  unlockMode(): UnlockMode {
    return this.mode;
  }

  /** A restore by someone who proved they own the register opens it, even from the lock screen. */
  endLockForRestore(): void {
    this.locked = false;
  }

  /** Called with each newly opened database, before any operation uses it (see anchor/register-anchor.ts). */
  onOpened(listener: (db: Db) => void): void {
    this.openedListeners.push(listener);
  }

  /** Records a completed change of unlock mode (see unlock-mode-change.ts). */
  adoptUnlockMode(mode: UnlockMode): void {
    this.mode = mode;
  }

  private lockedStatus(): SessionStatus {
    const reason = this.lockReason ? { reason: this.lockReason } : {};
    return this.mode === 'key-store' ? { state: 'locked', ...reason } : { state: 'needs_passphrase', ...reason };
  }

  /** Opens a locked key-store register again (the OS may ask the person to confirm). */
  async unlockWithKeyStore(): Promise<SessionStatus> {
    if (this.keySource.kind !== 'key-store' || this.mode !== 'key-store') {
      throw new AppError('invalid_input', 'This register is unlocked with its passphrase.');
    }
    this.locked = false;
    this.failure = null;
    return this.status();
  }

  /** The open connection and its key, for backups and re-keying; null while locked or closed. */
  unlocked(): { db: Db; key: DatabaseKey } | null {
    return this.open && this.key ? { db: this.open.db, key: this.key } : null;
  }

  /**
   * Opens the register again after its file was replaced (restore, new passphrase), keeping who is
   * working. If it was locked meanwhile (the idle lock fired during a change), it stays locked.
   */
  reopen(key: DatabaseKey): SessionStatus {
    const user = this.user;
    this.close();
    if (this.locked) return this.lockedStatus();
    this.attach(openDatabase(this.databasePath, key, { create: false }), key);
    this.user = user;
    return this.openStatus();
  }

  /** Who changes are attributed to from now on; remembered as the default for next time. */
  async setUser(name: string): Promise<SessionStatus> {
    const open = await this.services();
    open.settings.saveLastUser(name);
    this.user = name;
    return this.openStatus();
  }

  private openStatus(): SessionStatus {
    return { state: 'open', user: this.user, suggestedUser: this.open?.settings.lastUser() ?? null };
  }

  /** The open register's services, or null while locked (for background work such as reminders). */
  current(): OpenRegister | null {
    return this.open;
  }

  /** The person changes are attributed to; every change needs one. */
  actor(): string {
    if (!this.user) throw new AppError('invalid_input', 'Say who you are first, so the change can be attributed to you.');
    return this.user;
  }

  /** The open services (opening with the key store if need be), or a typed error saying why not. */
  async services(): Promise<OpenRegister> {
    if (this.changing) throw busyChanging();
    if (!this.open && this.keySource.kind === 'key-store') await this.status();
    if (this.open) return this.open;
    if (this.failure !== null) throw new AppError(this.fileProblem === 'missing' ? 'not_found' : this.fileProblem ? 'database_damaged' : 'wrong_key', this.failure);
    throw new AppError('needs_passphrase', 'The register is locked. Unlock it first.');
  }

  /** How the check run at the last unlock went. */
  unlockCheck(): UnlockCheck {
    return this.verification?.status() ?? { state: 'running' };
  }

  /** Work that must end before the services stop for good (a backup's thread, stopped and cleaned up). */
  onShutdown(step: () => Promise<void>): void {
    this.shutdownSteps.push(step);
  }

  /**
   * Stops for good (the preview closing, a test's app stopped): first what was asked to end, so no
   * thread goes on using the data folder or a backup folder after this returns; then closes.
   */
  async shutdown(): Promise<void> {
    await Promise.allSettled(this.shutdownSteps.map((step) => step()));
    this.close();
  }

  close(): void {
    this.verification?.cancel();
    this.verification = null;
    wipeKey(this.verificationKey);
    this.verificationKey = null;
    if (this.open) closeDatabase(this.open.db);
    this.open = null;
    wipeKey(this.key);
    this.key = null;
  }

  /** Opens with the key store (see key-store-opening.ts); false when only a passphrase would open it. */
  private async openWithKeyStore(source: KeyStore, passphrase: string | null): Promise<boolean> {
    const opening = await openWithKeyStore(this.databasePath, source, passphrase, this.folder?.registerMadeAt() != null);
    // The way in that opened it, or the one waiting for its passphrase, decides what the unlock screen asks.
    this.mode = opening.mode;
    if (opening.state === 'needs_passphrase') return false;
    try {
      this.attach(opening.db, opening.key);
    } finally {
      wipeKey(opening.key);
    }
    return true;
  }

  private attach(db: Db, key: DatabaseKey): void {
    this.open = buildOpenRegister(db, this.clock, () => this.actor());
    this.key = cloneKey(key);
    const readerKey = cloneKey(key);
    this.verificationKey = readerKey;
    this.verification = new UnlockVerification(() => {
      try {
        return openReader(this.databasePath, readerKey);
      } finally {
        wipeKey(readerKey);
      }
    }, this.clock);
    this.locked = false;
    this.lockReason = null;
    // Each start asks who is using the app (the last name is offered, not assumed); unlocking
    // after a lock in the same run carries on as the person who was working (the header offers Change).
    this.user = this.userBeforeLock;
    this.userBeforeLock = null;
    this.failure = null;
    this.fileProblem = null;
    // From now on a missing register file here is reported, not replaced (even without a key store record).
    this.folder?.noteRegisterMade(this.clock());
    for (const listener of this.openedListeners) listener(db);
  }
}

/** Copies made to check a backup (backup:check) that a killed process left behind. */
function checkingCopies(databasePath: string): string[] {
  const prefix = `${basename(databasePath)}.checking-`;
  try {
    return readdirSync(dirname(databasePath))
      .filter((name) => name.startsWith(prefix) && !/-(wal|shm|journal)$/.test(name))
      .map((name) => join(dirname(databasePath), name));
  } catch {
    return [];
  }
}

function busyChanging(): AppError {
  return new AppError(
    'invalid_input',
    'The register file is being replaced or re-encrypted (a restore, a new passphrase or a change of unlock mode). Wait for it to finish, then try again; nothing has been changed.',
  );
}

/** A data folder that cannot be written is said as such: it is not a problem with the key. */
function explainOpenError(error: unknown, databasePath: string): unknown {
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  if (['EACCES', 'EPERM', 'EROFS', 'SQLITE_READONLY', 'SQLITE_CANTOPEN'].includes(code) || code.startsWith('SQLITE_READONLY')) {
    return readOnlyFolder(dirname(databasePath));
  }
  return error;
}
