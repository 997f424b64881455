import Database from 'better-sqlite3-multiple-ciphers';
import type { DatabaseKey } from '../database/database-key';
import { keyPragma } from '../database/database-key';
import type { Db } from '../database/open-database';
import { unlockConnection } from '../database/open-database';
import { checkRegisterFile } from './check-register-file';
import { removeWithSidecars } from './durable-files';
import { sameKey } from './key-memory';
import { registerFacts } from './register-facts';

/**
 * Writes a consistent, encrypted copy of the open register with `VACUUM INTO` (same key; the
 * better-sqlite3 backup API refuses encrypted files). A leftover from an earlier, killed attempt is
 * removed first: VACUUM INTO will not overwrite a file.
 */
export function copyRegister(db: Db, target: string): void {
  removeWithSidecars(target);
  db.prepare('VACUUM INTO ?').run(target);
}

/**
 * Re-encrypts a *copy* under a new key. `PRAGMA rekey` rewrites every page in place and is not
 * crash-safe, so it is only ever run on a copy that nothing depends on until it has been verified
 * and renamed over the original.
 */
export function rekeyFile(path: string, from: DatabaseKey, to: DatabaseKey): void {
  if (sameKey(from, to)) return;
  const db = new Database(path, { fileMustExist: true });
  try {
    unlockConnection(db, from);
    // Rekeying needs a rollback journal; the register turns WAL back on when it opens the file.
    db.pragma('journal_mode=DELETE');
    db.pragma(keyPragma(to).replace(/^key=/, 'rekey='));
  } finally {
    db.close();
  }
}

/**
 * Copies the open register to `copyPath`, re-encrypts the copy from `from` to `to`, and proves it by
 * its content under `to` against the live register's facts. Nothing live is touched.
 */
export function prepareRekeyedCopy(
  db: Db,
  copyPath: string,
  from: DatabaseKey,
  to: DatabaseKey,
  onStep: (step: 'copying' | 're-encrypting' | 'checking') => void,
): void {
  onStep('copying');
  const expected = registerFacts(db);
  copyRegister(db, copyPath);
  onStep('re-encrypting');
  rekeyFile(copyPath, from, to);
  onStep('checking');
  checkRegisterFile(copyPath, to, 'copy', expected);
}
