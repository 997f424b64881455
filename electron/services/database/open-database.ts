import Database from 'better-sqlite3-multiple-ciphers';
import { existsSync, rmSync, statSync } from 'node:fs';
import { AppError } from '../errors';
import type { DatabaseKey } from './database-key';
import { assertUsableKey, openingKeyPragmas } from './database-key';
import { runMigrations } from './migrate';
import { forgetRecentTexts, unpackJson } from './packed-json';
import { installTrailCapture } from '../audit/trail-capture';
import { sealBaselineIfNeeded } from '../audit/trail-baseline';

export type Db = Database.Database;

/**
 * Opens (or creates) the encrypted register. Order matters: cipher settings and the key come
 * before any other statement, and the key is proved by a real read before anything is written,
 * because SQLite answers "ok" to a wrong key and only fails on the first query.
 */
export function openDatabase(path: string, key: DatabaseKey | null, options: { create: boolean }): Db {
  if (!options.create && !existsSync(path)) {
    throw new AppError('not_found', 'No register file was found at the expected place.');
  }
  // Before any file is touched: a key that cannot work must not leave an empty register behind.
  if (key) assertUsableKey(key);
  const created = options.create && !existsSync(path);
  const db = new Database(path, { fileMustExist: !options.create });
  try {
    unlockConnection(db, key);
    db.pragma('journal_mode=WAL');
    db.pragma('synchronous=FULL');
    db.pragma('foreign_keys=ON');
    db.pragma('secure_delete=ON');
    db.pragma(`cache_size=${cacheSizeFor(path)}`);
    // SQL that reads inside packed JSON (the dashboard's actions) inflates it with this.
    db.function('unpacked_json', { deterministic: true }, (text: unknown, packed: unknown) =>
      unpackJson(typeof text === 'string' ? text : null, packed instanceof Uint8Array ? packed : null),
    );
    runMigrations(db);
    // Migrations write only their own SQL; the live trail takes over from here.
    installTrailCapture(db);
    sealBaselineIfNeeded(db, new Date());
    refreshStatistics(db);
    return db;
  } catch (error) {
    db.close();
    // An empty file left by a failed first open would later open with any key at all.
    if (created) for (const file of [path, `${path}-wal`, `${path}-shm`]) rmSync(file, { force: true });
    throw error;
  }
}

/**
 * Decrypting a page costs more than reading it, so the page cache holds the register's working set:
 * as much as the file (the cache only grows as pages are read), at least 32 MiB and at most 256 MiB.
 * Answers the pragma's value (negative: KiB).
 */
export function cacheSizeFor(path: string): number {
  const fileKiB = existsSync(path) ? Math.ceil(statSync(path).size / 1024) : 0;
  return -Math.min(MAX_CACHE_KIB, Math.max(MIN_CACHE_KIB, fileKiB));
}

const MIN_CACHE_KIB = 32 * 1024;
const MAX_CACHE_KIB = 256 * 1024;

/**
 * The planner's statistics, kept fresh as SQLite recommends for a long-lived connection: at open
 * (and so after any migration) `PRAGMA optimize=0x10002` analyses every table whose statistics are
 * missing or stale, with analysis_limit keeping each ANALYZE to a sample so a large register
 * opens quickly; `closeDatabase` runs `PRAGMA optimize` at close for the tables this session used.
 * Also run after a big write (`afterBigWrite`).
 */
export function refreshStatistics(db: Db): void {
  db.pragma('analysis_limit=400');
  db.pragma('optimize=0x10002');
}

/** After writes that change many rows (a removal's VACUUM, a restore, a bulk load). */
export function afterBigWrite(db: Db): void {
  db.pragma('optimize');
}

/** Closes a register connection, first letting SQLite refresh any statistics the session made stale. */
export function closeDatabase(db: Db): void {
  if (!db.open) return;
  try {
    if (!db.readonly) db.pragma('optimize');
  } finally {
    db.close();
    forgetRecentTexts();
  }
}

/** A read-only connection to a register file, for checks that run beside the open register. */
export function openReader(path: string, key: DatabaseKey | null): Db {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    unlockConnection(db, key);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Cipher settings, the key and a proof read, for any connection to a register file (the live one,
 * a backup being checked, a re-keyed copy). Must run before any other statement.
 */
export function unlockConnection(db: Db, key: DatabaseKey | null): void {
  // AES-256 with a per-page HMAC, in SQLCipher 4's layout so standard tools can open a copy.
  const attempts = key ? openingKeyPragmas(key) : [null];
  for (const [index, pragma] of attempts.entries()) {
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    if (pragma) db.pragma(pragma);
    try {
      proveKey(db, key);
      break;
    } catch (error) {
      // A passphrase has more than one form (see passphraseForms); the connection takes a new key.
      const another = index < attempts.length - 1 && error instanceof AppError && error.code === 'wrong_key';
      if (!another) throw error;
    }
  }
  // Temporary files (large sorts, indexes) are written unencrypted by this SQLite build.
  db.pragma('temp_store=MEMORY');
}

function proveKey(db: Db, key: DatabaseKey | null): void {
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_NOTADB') {
      throw new AppError(
        'wrong_key',
        key === null
          ? 'This register is encrypted and no key was given, so it cannot be opened.'
          : 'The register could not be opened with this key or passphrase. Check it and try again; if it is right, the file may be damaged — restore it from a backup.',
      );
    }
    if (code === 'SQLITE_CORRUPT') {
      throw new AppError('database_damaged', 'The register file is damaged. Restore it from a backup.');
    }
    throw error;
  }
}
