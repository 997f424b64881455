import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseKey } from '../../electron/services/database/database-key';
import { latestSchemaVersion } from '../../electron/services/database/migrate';
import { openDatabase } from '../../electron/services/database/open-database';
import { AppError } from '../../electron/services/errors';
import { folderFingerprint } from './support/file-fingerprint';
import { makeTempDir } from './support/temp-dir';

const CANARY = 'canary-Łukasz-Żółć-7f3a';

function errorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('the encrypted register file', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let path: string;
  const key: DatabaseKey = { kind: 'raw', bytes: randomBytes(32) };

  beforeEach(() => {
    dir = makeTempDir();
    path = join(dir.path, 'register.db');
    const db = openDatabase(path, key, { create: true });
    db.prepare(
      `INSERT INTO incident (reference, title, status, cause, aware_at, year, created_at, updated_at)
       VALUES ('BR-2026-0001', ?, 'open', 'other', NULL, 2026, '2026-11-23T10:00:00.000Z', '2026-11-23T10:00:00.000Z')`,
    ).run(CANARY);
    db.close();
  });

  afterEach(() => dir.remove());

  it('has no readable SQLite header and no plain text', () => {
    const bytes = readFileSync(path);
    expect(bytes.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);
    expect(bytes.includes(Buffer.from(CANARY))).toBe(false);
    expect(bytes.includes(Buffer.from('CREATE TABLE'))).toBe(false);
  });

  it('opens again with the right key, in WAL mode with foreign keys on and the latest schema', () => {
    const db = openDatabase(path, key, { create: false });
    expect(db.prepare('SELECT title FROM incident').pluck().get()).toBe(CANARY);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('temp_store', { simple: true })).toBe(2);
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion());
    expect(db.pragma('cipher', { simple: true })).toBe('sqlcipher');
    db.close();
  });

  it('refuses a wrong key with a clear error and leaves the files byte-for-byte unchanged', () => {
    const before = folderFingerprint(dir.path);
    const error = errorOf(() => openDatabase(path, { kind: 'raw', bytes: randomBytes(32) }, { create: false }));
    expect(error.code).toBe('wrong_key');
    expect(error.message).toMatch(/could not be opened with this key/);
    expect(folderFingerprint(dir.path)).toEqual(before);
  });

  it('refuses a wrong passphrase the same way', () => {
    const before = folderFingerprint(dir.path);
    const error = errorOf(() => openDatabase(path, { kind: 'passphrase', passphrase: 'not the key at all' }, { create: false }));
    expect(error.code).toBe('wrong_key');
    expect(folderFingerprint(dir.path)).toEqual(before);
  });

  it('refuses a missing key with a clear error and leaves the files unchanged', () => {
    const before = folderFingerprint(dir.path);
    const error = errorOf(() => openDatabase(path, null, { create: false }));
    expect(error.code).toBe('wrong_key');
    expect(error.message).toMatch(/no key was given/);
    expect(folderFingerprint(dir.path)).toEqual(before);
  });

  it('does not create a register when asked to open one that is not there', () => {
    const error = errorOf(() => openDatabase(join(dir.path, 'absent.db'), key, { create: false }));
    expect(error.code).toBe('not_found');
    expect(Object.keys(folderFingerprint(dir.path))).toEqual(['register.db']);
  });

  it('detects a tampered page (per-page HMAC)', () => {
    const fd = openSync(path, 'r+');
    const position = statSync(path).size - 2048; // inside the last page
    const byte = Buffer.alloc(1);
    readSync(fd, byte, 0, 1, position);
    writeSync(fd, Buffer.from([(byte[0] ?? 0) ^ 0xff]), 0, 1, position);
    closeSync(fd);
    expect(() => {
      const db = openDatabase(path, key, { create: false });
      try {
        db.pragma('integrity_check'); // reads every page
      } finally {
        db.close();
      }
    }).toThrow();
  });

  it('refuses a register written by a newer version of Breachlog, changing nothing', () => {
    const db = openDatabase(path, key, { create: false });
    db.pragma(`user_version = ${latestSchemaVersion() + 1}`);
    db.close();
    const before = folderFingerprint(dir.path);
    const error = errorOf(() => openDatabase(path, key, { create: false }));
    expect(error.code).toBe('database_newer');
    expect(folderFingerprint(dir.path)).toEqual(before);
  });
});
