import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readTrailHead } from '../../../electron/services/anchor/trail-head';
import { backupFingerprintPath, checkBackupFingerprint } from '../../../electron/services/backup/backup-fingerprint';
import { openDatabase } from '../../../electron/services/database/open-database';
import type { BackupResult } from '../../../shared/contract/security-operations';
import { makeTempDir } from '../support/temp-dir';
import { makeTestRegister } from '../support/test-register';
import { addIncidents, expectOk } from '../security/support/security-helpers';
import type { TestRegister } from './support/tamper';
import { rechain, verify } from './support/tamper';
import { editTrailValues } from '../support/stored-json';

describe('the fingerprint beside every backup', () => {
  let register: TestRegister;
  let folder: ReturnType<typeof makeTempDir>;
  const key = () => ({ kind: 'raw' as const, bytes: register.keyBytes });

  beforeEach(async () => {
    register = makeTestRegister();
    folder = makeTempDir('breachlog-backup-fingerprint-');
    await register.signIn();
    await addIncidents(register, 2, 'backed up');
  });
  afterEach(() => {
    register.cleanup();
    folder.remove();
  });

  const headOf = (path: string) => {
    const db = openDatabase(path, key(), { create: false });
    try {
      return readTrailHead(db);
    } finally {
      db.close();
    }
  };

  it('is written with the backup, names the register’s head, and matches the backup', async () => {
    const { fingerprint } = await verify(register);
    const made = expectOk(await register.dispatch('backup:create', { folder: folder.path })) as BackupResult;
    const file = JSON.parse(readFileSync(backupFingerprintPath(made.path), 'utf8')) as Record<string, unknown>;
    expect(file).toMatchObject({ format: 'breachlog-backup-fingerprint', version: 1, backup: made.fileName, head: fingerprint });
    expect(file['fingerprint']).toMatch(/^entry 6, [0-9a-f]{4}( [0-9a-f]{4}){15}$/);
    expect(checkBackupFingerprint(made.path, headOf(made.path))).toMatchObject({ state: 'matches' });
  });

  it('tells a backup whose trail was re-chained, or swapped for an older backup, from the one it describes', async () => {
    const older = expectOk(await register.dispatch('backup:create', { folder: folder.path })) as BackupResult;
    register.clock.now = new Date(register.clock.now.getTime() + 60_000);
    await addIncidents(register, 1, 'later');
    const newer = expectOk(await register.dispatch('backup:create', { folder: folder.path })) as BackupResult;

    const edited = `${folder.path}/edited.db`;
    copyFileSync(newer.path, edited);
    copyFileSync(backupFingerprintPath(newer.path), backupFingerprintPath(edited));
    const db = openDatabase(edited, key(), { create: false });
    db.exec('DROP TRIGGER audit_entry_no_update');
    expect(editTrailValues(db, '1', (json) => json.replaceAll('later', 'never'))).toBeGreaterThan(0);
    rechain(db);
    db.pragma('journal_mode=DELETE');
    db.close();
    expect(checkBackupFingerprint(edited, headOf(edited))).toMatchObject({ state: 'differs', message: expect.stringMatching(/changed since it was made/) });

    copyFileSync(older.path, newer.path);
    expect(checkBackupFingerprint(newer.path, headOf(newer.path))).toMatchObject({ state: 'differs' });
  });

  it('says so when there is none, or it is not a fingerprint', async () => {
    const made = expectOk(await register.dispatch('backup:create', { folder: folder.path })) as BackupResult;
    const head = headOf(made.path);
    writeFileSync(backupFingerprintPath(made.path), '{"format":"something else"}');
    expect(checkBackupFingerprint(made.path, head).state).toBe('unreadable');
    expect(checkBackupFingerprint(`${folder.path}/none.db`, head).state).toBe('none');
  });
});
