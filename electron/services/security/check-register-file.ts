import Database from 'better-sqlite3-multiple-ciphers';
import { closeSync, openSync, readSync } from 'node:fs';
import type { VerifyResult } from '../../../shared/audit';
import { verifyRegister } from '../audit/verify-register';
import type { DatabaseKey } from '../database/database-key';
import { latestSchemaVersion } from '../database/migrate';
import { unlockConnection } from '../database/open-database';
import { AppError } from '../errors';
import type { RegisterFacts } from './register-facts';
import { factsDifference, registerFacts } from './register-facts';

export type CheckedFile = 'backup' | 'copy';

export interface CheckOptions {
  /**
   * 'integrity' (the default): `PRAGMA integrity_check`, which also proves every index against its
   * table. 'quick': `PRAGMA quick_check`, the same page-by-page read and B-tree check (so every
   * page is decrypted and its HMAC checked) without the index-to-table cross-check; for a copy
   * that VACUUM INTO has just built, whose indexes were made from the very rows being checked.
   */
  pages?: 'integrity' | 'quick';
  /** Told as each stage starts: the pages, then the trail. */
  onStage?: (stage: 'checking' | 'verifying') => void;
  /** False when the trail is verified elsewhere at the same time (`readTrailPartOfFile`, on other threads). */
  trail?: boolean;
}

const NOUN: Record<CheckedFile, string> = { backup: 'This backup', copy: 'The re-encrypted copy' };

/**
 * Proves a register file by its content, read-only: it opens with `key`, passes SQLite's
 * integrity check (which reads, and so authenticates, every page), has a Breachlog schema no newer
 * than this version, an intact audit chain, and, when given, the same facts as the original.
 * Anything less is refused with a plain message; nothing is written to the file.
 */
export function checkRegisterFile(path: string, key: DatabaseKey, what: CheckedFile, expected?: RegisterFacts, options: CheckOptions = {}): RegisterFacts {
  if (unwrittenStart(path)) throw incomplete(what);
  return withUnlockedFile(path, key, what, (db) => checkContent(db, what, expected, options));
}

/** Opens the file read-only with `key`, runs `work` on it and closes it, in the plain words of the check. */
function withUnlockedFile<T>(path: string, key: DatabaseKey, what: CheckedFile, work: (db: Database.Database) => T): T {
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch {
    throw new AppError('not_found', `${NOUN[what]} could not be found or read at ${path}.`);
  }
  try {
    unlockConnection(db, key);
    return work(db);
  } catch (error) {
    throw explain(error, what);
  } finally {
    db.close();
  }
}

function checkContent(db: Database.Database, what: CheckedFile, expected: RegisterFacts | undefined, options: CheckOptions): RegisterFacts {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > latestSchemaVersion()) {
    throw new AppError(
      'database_newer',
      `${NOUN[what]} was made by a newer version of Breachlog. Install the latest version, then try again; nothing has been changed.`,
    );
  }
  const facts = registerFacts(db);
  if (version === 0 || !('audit_entry' in facts.rowCounts)) throw incomplete(what);
  options.onStage?.('checking');
  const integrity = db.pragma(options.pages === 'quick' ? 'quick_check' : 'integrity_check', { simple: true });
  if (integrity !== 'ok') throw damaged(what);
  if (options.trail !== false) {
    options.onStage?.('verifying');
    requireIntactTrail(db, what);
  }
  const difference = expected ? factsDifference(expected, facts) : null;
  if (difference) {
    throw new AppError('database_damaged', `${NOUN[what]} does not match the register: ${difference}. Nothing has been changed.`);
  }
  return facts;
}

/**
 * Reads the file on its own read-only connection for a part of the trail's verify (see
 * verify-register.ts), its findings unjudged: run beside a page check of the same file (`trail:
 * false` there), the parts are joined (`joinVerifyParts`), then judged by `requireIntact`.
 */
export function readTrailPartOfFile<T>(path: string, key: DatabaseKey, what: CheckedFile, part: (db: Database.Database) => T): T {
  return withUnlockedFile(path, key, what, part);
}

/** Records against their trail, not only the chain: a backup whose rows were edited is refused too. */
function requireIntactTrail(db: Database.Database, what: CheckedFile): void {
  requireIntact(verifyRegister(db), what);
}

export function requireIntact(verified: VerifyResult, what: CheckedFile): void {
  if (!verified.intact) {
    const first = (verified.problems?.[0]?.message ?? verified.firstBadEntry?.problem ?? '').replace(/\.$/, '');
    throw new AppError(
      'database_damaged',
      `${NOUN[what]} does not verify against its audit trail, so it cannot be trusted (${first}). Choose another backup; nothing has been changed.`,
    );
  }
}

function incomplete(what: CheckedFile): AppError {
  return new AppError(
    'database_damaged',
    `${NOUN[what]} is empty or incomplete — it is not a finished Breachlog register (perhaps the copy was interrupted). Choose another backup; nothing has been changed.`,
  );
}

/**
 * An encrypted file starts with a random 16-byte salt; zeros there mean the first page was never
 * written, which is how a copy killed part-way looks. Without this it would read as a wrong key.
 */
function unwrittenStart(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return false;
  }
  try {
    const start = Buffer.alloc(16);
    const read = readSync(fd, start, 0, 16, 0);
    return read === 16 && start.every((byte) => byte === 0);
  } finally {
    closeSync(fd);
  }
}

function damaged(what: CheckedFile): AppError {
  return new AppError('database_damaged', `${NOUN[what]} is damaged or truncated. Choose another backup; nothing has been changed.`);
}

/** Turns SQLite's codes into the plain messages the person sees. */
function explain(error: unknown, what: CheckedFile): unknown {
  if (error instanceof AppError) {
    if (error.code === 'wrong_key') {
      return new AppError(
        'wrong_key',
        what === 'backup'
          ? 'This backup could not be opened with that key or passphrase: either it is not the secret the backup was made with, or the file is damaged. A backup made on another computer needs that computer’s recovery key; a passphrase-protected backup needs the passphrase it had when it was made.'
          : 'The re-encrypted copy did not open with the new secret, so the change was abandoned; nothing has been changed.',
      );
    }
    return error.code === 'database_damaged' && !error.message.includes(NOUN[what]) ? damaged(what) : error;
  }
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_IOERR'))) {
    return damaged(what);
  }
  return error;
}
