import { existsSync } from 'node:fs';
import type { SessionStatus } from '../../shared/session';
import type { DatabaseKey } from './database/database-key';
import type { Db } from './database/open-database';
import { openDatabase } from './database/open-database';
import { AppError } from './errors';
import type { KeySource } from './key-source';
import { removeWithSidecars } from './security/durable-files';
import { openWithKeyStore } from './security/key-store-opening';
import type { UnlockMode } from '../../shared/contract/security-operations';
import { cloneKey, wipeKey } from './security/key-memory';
import type { OpenRegister } from './open-register';
import { buildOpenRegister } from './open-register';

type KeyStore = Extract<KeySource, { kind: 'key-store' }>;

/** Owns the open database: opens it with the key source, hands out services, closes it. */
export class RegisterSession {
  private open: OpenRegister | null = null;
  private failure: string | null = null;
  private user: string | null = null;
  /** The open register's key (a private copy, wiped on close); null while locked. */
  private key: DatabaseKey | null = null;
  /** Set by lock(): a key-store register then stays shut until the person asks to open it. */
  private locked = false;
  private mode: UnlockMode;
  private opening: Promise<boolean> | null = null;
  private readonly openedListeners: ((db: Db) => void)[] = [];

  constructor(
    readonly databasePath: string,
    readonly keySource: KeySource,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.mode = keySource.kind === 'passphrase' ? 'passphrase' : 'key-store';
    // Copies left by a re-encryption or restore that was killed: never needed, and not to linger.
    for (const leftover of [`${databasePath}.rekeying`, `${databasePath}.restoring`]) removeWithSidecars(leftover);
  }

  async status(): Promise<SessionStatus> {
    if (this.open) return this.openStatus();
    if (this.keySource.kind === 'passphrase') {
      return existsSync(this.databasePath) ? { state: 'needs_passphrase' } : { state: 'needs_new_passphrase' };
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
        this.failure = error instanceof AppError ? error.message : 'The register could not be opened.';
      }
    }
    return this.open ? this.openStatus() : { state: 'unavailable', message: this.failure ?? '' };
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
    const create = !existsSync(this.databasePath);
    const key: DatabaseKey = { kind: 'passphrase', passphrase };
    this.attach(openDatabase(this.databasePath, key, { create }), key);
    return this.openStatus();
  }

  /** Closes the database and drops the key from memory, on demand or after the idle time. */
  lock(): SessionStatus {
    this.close();
    this.locked = true;
    // Whoever opens it next says who they are.
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
    return this.mode === 'key-store' ? { state: 'locked' } : { state: 'needs_passphrase' };
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
    if (!this.open && this.keySource.kind === 'key-store') await this.status();
    if (this.open) return this.open;
    if (this.failure !== null) throw new AppError('wrong_key', this.failure);
    throw new AppError('needs_passphrase', 'The register is locked. Unlock it first.');
  }

  close(): void {
    this.open?.db.close();
    this.open = null;
    wipeKey(this.key);
    this.key = null;
  }

  /** Opens with the key store (see key-store-opening.ts); false when only a passphrase would open it. */
  private async openWithKeyStore(source: KeyStore, passphrase: string | null): Promise<boolean> {
    const opening = await openWithKeyStore(this.databasePath, source, passphrase);
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
    this.locked = false;
    // Each start asks who is using the app (the last name is offered, not assumed).
    this.user = null;
    this.failure = null;
    for (const listener of this.openedListeners) listener(db);
  }
}
