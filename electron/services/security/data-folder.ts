import Database from 'better-sqlite3-multiple-ciphers';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../errors';

/** The small, unencrypted database in the data folder that is held as its lock (it keeps no secrets). */
export const FOLDER_FILE_NAME = 'breachlog-folder.db';

export const ALREADY_OPEN_MESSAGE = 'Breachlog is already open on this register';

/** Another process owns the data folder: this one must stop (or wait) and touch nothing. */
export class DataFolderInUse extends Error {
  constructor(readonly folder: string) {
    super(`${ALREADY_OPEN_MESSAGE} (${folder}). Switch to the window that has it open, or close it and try again.`);
    this.name = 'DataFolderInUse';
  }
}

/**
 * Facts about the data folder that must not travel with a restore: that a register was made here
 * (so a missing register file is reported, not replaced by a new empty one), and when the
 * recovery key of each key was shown (so restoring an older backup cannot make it showable again).
 */
export interface FolderFacts {
  registerMadeAt(): string | null;
  noteRegisterMade(at: Date): void;
  recoveryKeyShownAt(keyId: string): string | null;
  noteRecoveryKeyShown(keyId: string, at: Date): void;
}

/**
 * The one process that owns the register holds the data folder, from before any key is made or
 * file touched until it exits. The lock is SQLite's own: the folder database is opened in
 * `locking_mode=EXCLUSIVE` and written once, so this connection keeps SQLite's exclusive lock for
 * as long as it is open. That lock is the OS's (POSIX advisory locks on macOS and Linux,
 * LockFileEx on Windows), so the kernel drops it the moment the process dies, even on kill -9;
 * nothing stale is left behind to clear by hand. It is the lock the register itself relies on,
 * so it is exactly as good on a network folder as SQLite is there (SMB and NFS with a lock
 * manager honour it; some network file systems do not, which SQLite documents).
 */
export class DataFolder implements FolderFacts {
  private constructor(
    readonly folder: string,
    private readonly db: Database.Database,
  ) {}

  /**
   * Takes the folder, or throws `DataFolderInUse` when another process holds it. With `waitMs`,
   * waits that long for the other process to let go first. A folder that cannot be written is
   * reported as such (read-only, full or missing), never as a problem with the key.
   */
  static acquire(folder: string, options: { waitMs?: number } = {}): DataFolder {
    let db: Database.Database | null = null;
    try {
      mkdirSync(folder, { recursive: true });
      db = new Database(join(folder, FOLDER_FILE_NAME), { timeout: options.waitMs ?? 0 });
      db.pragma('locking_mode=EXCLUSIVE');
      db.pragma('journal_mode=TRUNCATE');
      db.pragma('synchronous=FULL');
      // The first write takes the exclusive lock; in this locking mode it is never given back.
      db.exec('CREATE TABLE IF NOT EXISTS folder_fact (name TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT');
      db.prepare("INSERT OR REPLACE INTO folder_fact (name, value) VALUES ('held-by', ?)").run(
        JSON.stringify({ pid: process.pid, since: new Date().toISOString() }),
      );
      return new DataFolder(folder, db);
    } catch (error) {
      db?.close();
      throw explainFolderError(error, folder);
    }
  }

  registerMadeAt(): string | null {
    return this.fact('register-made-at');
  }

  noteRegisterMade(at: Date): void {
    if (!this.registerMadeAt()) this.setFact('register-made-at', at.toISOString());
  }

  recoveryKeyShownAt(keyId: string): string | null {
    return this.fact(`recovery-key-shown:${keyId}`);
  }

  noteRecoveryKeyShown(keyId: string, at: Date): void {
    this.setFact(`recovery-key-shown:${keyId}`, at.toISOString());
  }

  /** Lets go of the folder (the OS does the same if the process dies). */
  release(): void {
    if (this.db.open) this.db.close();
  }

  private fact(name: string): string | null {
    return this.db.prepare<[string], string>('SELECT value FROM folder_fact WHERE name = ?').pluck().get(name) ?? null;
  }

  private setFact(name: string, value: string): void {
    this.db.prepare('INSERT OR REPLACE INTO folder_fact (name, value) VALUES (?, ?)').run(name, value);
  }
}

function explainFolderError(error: unknown, folder: string): unknown {
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return new DataFolderInUse(folder);
  if (['EACCES', 'EPERM', 'EROFS', 'SQLITE_READONLY', 'SQLITE_CANTOPEN', 'SQLITE_PERM'].includes(code) || code.startsWith('SQLITE_READONLY')) {
    return readOnlyFolder(folder);
  }
  if (code === 'ENOSPC' || code === 'SQLITE_FULL' || code === 'EDQUOT') {
    return new AppError('disk_full', `The disk holding ${folder} is full, so Breachlog cannot start. Free some space, then open it again; nothing has been changed.`);
  }
  return error;
}

/** A read-only data folder said as what it is: nothing is wrong with the key or the register. */
export function readOnlyFolder(folder: string): AppError {
  return new AppError(
    'invalid_input',
    `Breachlog cannot write to its data folder ${folder}: the folder (or the drive it is on) is read-only. Nothing is wrong with the register or its key. Make the folder writable again, then open Breachlog.`,
  );
}
