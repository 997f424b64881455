import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BackupResult } from '../../../shared/contract/security-operations';
import { fileKeySource } from '../../../electron/preview/file-key-source';
import { RegisterSession } from '../../../electron/services/register-session';
import { DataFolder } from '../../../electron/services/security/data-folder';
import { makeTempDir } from '../support/temp-dir';
import { makeTestRegister } from '../support/test-register';
import { addIncidents, checkAndRestore, expectError, expectOk, incidentTitles } from './support/security-helpers';
import { mountRefusal, mountTmpfs, unmount } from './support/tmpfs';

const PASSPHRASE = 'correct horse battery staple';

const spoilers: [string, 'missing' | 'empty', (path: string) => void][] = [
  ['deleted', 'missing', (path) => rmSync(path)],
  ['cut to 0 bytes', 'empty', (path) => writeFileSync(path, '')],
];

describe('a missing or empty register file is said, not replaced', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  });

  it.each(spoilers)('key store: a register file %s is reported with the restore offered, and a backup restores', async (_label, problem, spoil) => {
    const register = makeTestRegister();
    const folder = makeTempDir('breachlog-backups-');
    cleanups.push(() => folder.remove(), () => register.cleanup());
    await register.signIn();
    await addIncidents(register, 2, 'kept');
    const made = expectOk(await register.dispatch('backup:create', { folder: folder.path })) as BackupResult;
    register.session.close();
    spoil(register.databasePath);

    register.reopen();
    const status = await register.session.status();
    expect(status).toMatchObject({ state: 'unavailable', problem, message: expect.stringMatching(problem === 'missing' ? /register file is missing/ : /register file is empty/) });
    // Nothing was made in its place, and asking again changes nothing.
    expect(await register.session.status()).toMatchObject({ state: 'unavailable', problem });
    expect(expectError(await register.dispatch('incident:list', {})).message).toMatch(/has not made a new, empty register/);
    expect(existsSync(register.databasePath) ? statSync(register.databasePath).size : -1).toBe(problem === 'missing' ? -1 : 0);

    expectOk(await checkAndRestore(register.dispatch, { file: made.path }));
    await register.signIn();
    expect(await incidentTitles(register)).toEqual(['kept 0', 'kept 1']);
  });

  it.each(spoilers)('passphrase: a register file %s is reported, never a first-run passphrase screen', async (_label, problem, spoil) => {
    const dir = makeTempDir('breachlog-missing-');
    const databasePath = join(dir.path, 'register.db');
    const folder = DataFolder.acquire(dir.path);
    cleanups.push(() => dir.remove(), () => folder.release());
    const first = new RegisterSession(databasePath, { kind: 'passphrase' }, undefined, folder);
    expect(await first.status()).toEqual({ state: 'needs_new_passphrase' });
    await first.unlock(PASSPHRASE);
    first.close();
    spoil(databasePath);

    const next = new RegisterSession(databasePath, { kind: 'passphrase' }, undefined, folder);
    expect(await next.status()).toMatchObject({ state: 'unavailable', problem });
    await expect(next.unlock('a brand new passphrase')).rejects.toThrow(problem === 'missing' ? /register file is missing/ : /register file is empty/);
    expect(existsSync(databasePath) ? statSync(databasePath).size : -1).toBe(problem === 'missing' ? -1 : 0);
  });

  it('still makes a new register on a true first run, with nothing to say one existed', async () => {
    const dir = makeTempDir('breachlog-first-run-');
    const folder = DataFolder.acquire(dir.path);
    cleanups.push(() => dir.remove(), () => folder.release());
    const session = new RegisterSession(join(dir.path, 'register.db'), fileKeySource(join(dir.path, 'key')), undefined, folder);
    cleanups.unshift(() => session.close());
    expect(await session.status()).toMatchObject({ state: 'open' });
  });
});

// Root writes into folders whatever their permissions, so as root the data folder is made a
// read-only file system (remounted read-only under a register made on it); otherwise chmod.
const asRoot = process.getuid?.() === 0;
const readOnlyRefusal = asRoot ? mountRefusal() : null;

describe.skipIf(readOnlyRefusal !== null)(`a read-only data folder${readOnlyRefusal ? ` (skipped: ${readOnlyRefusal})` : ''}`, () => {
  it('is reported as read-only, not as a problem with the key, and nothing is changed', async () => {
    const dir = makeTempDir('breachlog-read-only-');
    if (asRoot) mountTmpfs(dir.path, '8m');
    const keyPath = join(dir.path, 'key');
    const databasePath = join(dir.path, 'register.db');
    try {
      const folder = DataFolder.acquire(dir.path);
      const session = new RegisterSession(databasePath, fileKeySource(keyPath), undefined, folder);
      expect(await session.status()).toMatchObject({ state: 'open' });
      session.close();
      folder.release();
      const before = readdirSync(dir.path).sort();

      if (asRoot) execRemount(dir.path, 'ro');
      else chmodFolder(dir.path, 0o555);
      try {
        // At start-up, the folder lock is what finds it.
        expect(() => DataFolder.acquire(dir.path)).toThrow(/read-only\. Nothing is wrong with the register or its key/);
        // And a session on it (as a test or tool might open one) says the same, not "wrong key".
        const stuck = new RegisterSession(databasePath, fileKeySource(keyPath));
        const status = await stuck.status();
        expect(status).toMatchObject({ state: 'unavailable', message: expect.stringMatching(/read-only/) });
        expect(JSON.stringify(status)).not.toMatch(/key or passphrase|wrong key/);
        stuck.close();
        expect(readdirSync(dir.path).sort()).toEqual(before);
      } finally {
        if (asRoot) execRemount(dir.path, 'rw');
        else chmodFolder(dir.path, 0o755);
      }
    } finally {
      if (asRoot) unmount(dir.path);
      dir.remove();
    }
  });
});

function execRemount(folder: string, mode: 'ro' | 'rw'): void {
  execFileSync('mount', ['-o', `remount,${mode}`, folder], { stdio: 'pipe' });
}

function chmodFolder(folder: string, mode: number): void {
  chmodSync(folder, mode);
}
