import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { SessionStatus } from '../../shared/session';
import type { DatabaseKey } from './database/database-key';
import { RAW_KEY_BYTES } from './database/database-key';
import type { Db } from './database/open-database';
import { openDatabase } from './database/open-database';
import { AppError } from './errors';
import type { KeySource } from './key-source';
import { entryKey, entryMode, keyStoreEntry, readUnlockRecord, writeUnlockRecord } from './security/unlock-record';
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

  constructor(
    readonly databasePath: string,
    readonly keySource: KeySource,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.mode = keySource.kind === 'passphrase' ? 'passphrase' : 'key-store';
  }

  async status(): Promise<SessionStatus> {
    if (this.open) return this.openStatus();
    if (this.keySource.kind === 'passphrase') {
      return existsSync(this.databasePath) ? { state: 'needs_passphrase' } : { state: 'needs_new_passphrase' };
    }
    if (this.locked) return this.lockedStatus();
    if (this.failure === null) {
      try {
        await this.openWithKeyStore(this.keySource, null);
      } catch (error) {
        if (error instanceof AppError && error.code === 'needs_passphrase') return { state: 'needs_passphrase' };
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
      await this.openWithKeyStore(this.keySource, passphrase);
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
    return this.lockedStatus();
  }

  /** How this register is unlocked now: by the key store alone, with a passphrase on top, or by passphrase alone. */
  unlockMode(): UnlockMode {
    return this.mode;
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

  /** Opens the register again after its file was replaced (restore, new passphrase), keeping who is working. */
  reopen(key: DatabaseKey): SessionStatus {
    const user = this.user;
    this.close();
    this.locked = false;
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

  /**
   * Opens with what the key store holds: its current way in, or — after a change of mode that was
   * cut short — the previous one, which then becomes current again. Throws `needs_passphrase`
   * when only a passphrase would open it.
   */
  private async openWithKeyStore(source: KeyStore, passphrase: string | null): Promise<void> {
    const exists = existsSync(this.databasePath);
    const record = await readUnlockRecord(source);
    if (!record) {
      if (exists) {
        throw new AppError(
          'wrong_key',
          'The register exists but its key is missing from this computer’s key store. Restore it with your recovery key.',
        );
      }
      const bytes = randomBytes(RAW_KEY_BYTES);
      await writeUnlockRecord(source, { version: 1, current: keyStoreEntry(bytes) });
      this.mode = 'key-store';
      this.attach(openDatabase(this.databasePath, { kind: 'raw', bytes }, { create: true }), { kind: 'raw', bytes });
      bytes.fill(0);
      return;
    }
    this.mode = entryMode(record.current);
    let refusal: AppError | null = null;
    let wantsPassphrase: UnlockMode | null = null;
    for (const entry of record.previous ? [record.current, record.previous] : [record.current]) {
      let key: DatabaseKey | null;
      try {
        key = entryKey(entry, passphrase);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        refusal = error;
        continue;
      }
      if (!key) {
        wantsPassphrase ??= entryMode(entry);
        continue;
      }
      try {
        const db = openDatabase(this.databasePath, key, { create: !exists });
        if (entry !== record.current || record.previous) await writeUnlockRecord(source, { version: 1, current: entry });
        this.mode = entryMode(entry);
        this.attach(db, key);
        return;
      } catch (error) {
        if (!(error instanceof AppError && error.code === 'wrong_key')) throw error;
        refusal = error;
      } finally {
        wipeKey(key);
      }
    }
    if (wantsPassphrase || !refusal) {
      // The way in that is still waiting for its passphrase decides what the unlock screen asks.
      this.mode = wantsPassphrase ?? this.mode;
      throw new AppError('needs_passphrase', 'Enter the register’s passphrase to open it.');
    }
    throw refusal;
  }

  private attach(db: Db, key: DatabaseKey): void {
    this.open = buildOpenRegister(db, this.clock, () => this.actor());
    this.key = cloneKey(key);
    this.locked = false;
    // Each start asks who is using the app (the last name is offered, not assumed).
    this.user = null;
    this.failure = null;
  }
}
