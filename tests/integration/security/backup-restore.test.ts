import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, copyFileSync, existsSync, openSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackupResult, RestoreResult } from '../../../shared/contract/security-operations';
import type { VerifyResult } from '../../../shared/audit';
import { unlockConnection } from '../../../electron/services/database/open-database';
import { decodeUnlockRecord } from '../../../electron/services/security/unlock-record';
import { formatRecoveryKey } from '../../../electron/services/security/recovery-key';
import { makeTempDir } from '../support/temp-dir';
import { makeTestRegister } from '../support/test-register';
import { registerChecksum } from './support/register-checksum';
import type { TestRegister } from './support/security-helpers';
import { addIncidents, expectError, expectOk, incidentTitles, inspectFile, recordingKeyStore, checkAndRestore } from './support/security-helpers';
import { mountRefusal, mountTmpfs, unmount } from './support/tmpfs';

const CANARY = 'canary-backup-Żółć-91c2';

describe('encrypted backups and restore', () => {
  let register: TestRegister;
  let folder: ReturnType<typeof makeTempDir>;
  const rawKey = () => ({ kind: 'raw' as const, bytes: register.keyBytes });

  beforeEach(async () => {
    register = makeTestRegister();
    folder = makeTempDir('breachlog-backups-');
    await register.signIn();
    await addIncidents(register, 3, CANARY);
  });
  afterEach(() => {
    register.cleanup();
    folder.remove();
  });

  async function backup(): Promise<BackupResult> {
    return expectOk(await register.dispatch('backup:create', { folder: folder.path })) as BackupResult;
  }
  async function checksum(): Promise<string> {
    return registerChecksum((await register.session.services()).db);
  }

  it('writes a backup that is encrypted, complete and verified, under its final name only', async () => {
    const verify = expectOk(await register.dispatch('register:verify', {})) as VerifyResult;
    const made = await backup();
    expect(readdirSync(folder.path).sort()).toEqual([made.fileName, `${made.fileName}.fingerprint`]);
    expect(made).toMatchObject({ incidents: 3, auditHead: verify.headHash });
    const bytes = readFileSync(made.path);
    expect(bytes.includes(Buffer.from(CANARY))).toBe(false);
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);
    expect(inspectFile(made.path, rawKey())).toMatchObject({ integrity: 'ok', titles: [`${CANARY} 0`, `${CANARY} 1`, `${CANARY} 2`] });
    const status = expectOk(await register.dispatch('security:status', {}));
    expect(status).toMatchObject({ lastBackupAt: register.clock.now.toISOString(), backupDue: false });
  });

  it('restores a backup: the register returns to it, the replaced file is kept aside, and the trail says so', async () => {
    const made = await backup();
    await addIncidents(register, 2, 'after the backup');
    const restored = expectOk(await checkAndRestore(register.dispatch, { file: made.path })) as RestoreResult;
    expect(restored).toMatchObject({ incidents: 3, session: { state: 'open' } });
    expect(await incidentTitles(register)).toEqual([`${CANARY} 0`, `${CANARY} 1`, `${CANARY} 2`]);
    const verify = expectOk(await register.dispatch('register:verify', {})) as VerifyResult;
    expect(verify.intact).toBe(true);
    const aside = inspectFile(restored.replacedFile ?? '', rawKey());
    expect(aside.titles).toHaveLength(5);
    expect(inspectFile(register.databasePath, rawKey()).actions.at(-1)).toBe('restored');
    // The restored register survives a restart with the same key.
    register.reopen();
    await register.signIn();
    expect(await incidentTitles(register)).toHaveLength(3);
  });

  it.each([
    ['a flipped byte', (path: string) => flipByte(path, Math.floor(statSync(path).size / 2))],
    ['a file cut in half', (path: string) => truncateSync(path, Math.floor(statSync(path).size / 2 / 4096) * 4096)],
    ['an empty file (a backup killed at once)', (path: string) => writeFileSync(path, '')],
  ])('refuses to restore %s, and changes nothing', async (_label, spoil) => {
    const made = await backup();
    spoil(made.path);
    const before = await checksum();
    const error = expectError(await checkAndRestore(register.dispatch, { file: made.path }));
    expect(error.code).toBe('database_damaged');
    expect(error.message).toMatch(/damaged|incomplete|truncated/);
    expect(await checksum()).toBe(before);
    expect(readdirSync(register.dir).filter((name) => name.includes('replaced') || name.includes('restoring'))).toEqual([]);
  });

  it('refuses a backup made under another key, saying a recovery key is needed', async () => {
    const other = makeTestRegister();
    try {
      await other.signIn();
      await addIncidents(other, 1, 'other office');
      const made = expectOk(await other.dispatch('backup:create', { folder: folder.path })) as BackupResult;
      const before = await checksum();
      const error = expectError(await checkAndRestore(register.dispatch, { file: made.path }));
      expect(error.code).toBe('wrong_key');
      expect(error.message).toMatch(/recovery key/);
      expect(await checksum()).toBe(before);
    } finally {
      other.cleanup();
    }
  });

  it('refuses a backup from a newer version of Breachlog', async () => {
    const made = await backup();
    const db = new Database(made.path);
    unlockConnection(db, rawKey());
    db.pragma('user_version = 999');
    db.close();
    const error = expectError(await checkAndRestore(register.dispatch, { file: made.path }));
    expect(error).toMatchObject({ code: 'database_newer' });
    expect(error.message).toMatch(/newer version/);
  });

  it('refuses a folder that is not there, with a plain message', async () => {
    const error = expectError(await register.dispatch('backup:create', { folder: join(folder.path, 'unplugged-usb') }));
    expect(error.code).toBe('not_found');
    expect(error.message).toMatch(/not there/);
  });

  // Root writes into folders whatever their permissions, so as root (as CI is) the folder is made
  // a read-only filesystem instead, like a locked USB stick; an ordinary user gets a read-only folder.
  const asRoot = process.getuid?.() === 0;
  const readOnlyRefusal = asRoot ? mountRefusal() : null;
  it.skipIf(readOnlyRefusal !== null)(
    `refuses a read-only folder, with a plain message and no leftovers${readOnlyRefusal ? ` (skipped: as root this needs a read-only mount, and ${readOnlyRefusal})` : ''}`,
    async () => {
      if (asRoot) mountTmpfs(folder.path, '1m', { readOnly: true });
      else chmodSync(folder.path, 0o555);
      try {
        const error = expectError(await register.dispatch('backup:create', { folder: folder.path }));
        expect(error.message).toMatch(/cannot write/);
        expect(readdirSync(folder.path)).toEqual([]);
      } finally {
        if (asRoot) unmount(folder.path);
        else chmodSync(folder.path, 0o755);
      }
    },
  );

  it('restores onto a fresh profile on a new PC with the recovery key shown at setup, and only once', async () => {
    const { recoveryKey } = expectOk(await register.dispatch('security:recovery-key', {})) as { recoveryKey: string };
    expect(recoveryKey).toMatch(/^([A-Z2-7]{4}-){13}[A-Z2-7]{4}$/);
    expect(expectError(await register.dispatch('security:recovery-key', {})).message).toMatch(/only once/);
    const made = await backup();

    const newPc = makeTestRegister();
    try {
      expect((await newPc.session.status()).state).toBe('open');
      expect(expectError(await checkAndRestore(newPc.dispatch, { file: made.path })).code).toBe('wrong_key');
      const typo = recoveryKey.replace(/^./, (c: string) => (c === 'A' ? 'B' : 'A'));
      expect(expectError(await checkAndRestore(newPc.dispatch, { file: made.path, recoveryKey: typo })).message).toMatch(/typo/);
      const restored = expectOk(
        await checkAndRestore(newPc.dispatch, { file: made.path, recoveryKey: recoveryKey.toLowerCase().replaceAll('-', ' ') }),
      ) as RestoreResult;
      expect(restored.incidents).toBe(3);
      // The restored register now opens with the new PC's own key, after a restart too.
      newPc.reopen();
      await newPc.signIn();
      expect(await incidentTitles(newPc)).toEqual([`${CANARY} 0`, `${CANARY} 1`, `${CANARY} 2`]);
      expect((expectOk(await newPc.dispatch('register:verify', {})) as VerifyResult).intact).toBe(true);
      expect(inspectFile(newPc.databasePath, { kind: 'raw', bytes: newPc.keyBytes }).actions.at(-1)).toBe('restored');
    } finally {
      newPc.cleanup();
    }
  });
});

describe('restoring where the key store has lost the key', () => {
  it('works with the recovery key, and stores a new key only once the backup has passed its checks', async () => {
    const original = makeTestRegister();
    const folder = makeTempDir('breachlog-backups-');
    const { source: emptyStore, stored } = recordingKeyStore();
    const profile = makeTestRegister({ keySource: emptyStore });
    try {
      await original.signIn();
      await addIncidents(original, 2, 'before the reset');
      const { recoveryKey } = expectOk(await original.dispatch('security:recovery-key', {})) as { recoveryKey: string };
      const made = expectOk(await original.dispatch('backup:create', { folder: folder.path })) as BackupResult;
      // A reset Windows profile: the register file is there, its wrapped key is not.
      copyFileSync(made.path, profile.databasePath);
      expect(await profile.session.status()).toMatchObject({ state: 'unavailable', message: expect.stringMatching(/recovery key/) });

      const wrong = formatRecoveryKey(randomBytes(32));
      expect(expectError(await checkAndRestore(profile.dispatch, { file: made.path, recoveryKey: wrong })).code).toBe('wrong_key');
      expect(stored).toHaveLength(0);

      expectOk(await checkAndRestore(profile.dispatch, { file: made.path, recoveryKey }));
      // The new key went in before the swap, and the record was settled after it.
      expect(stored.map((bytes) => decodeUnlockRecord(bytes).previous)).toEqual([undefined, undefined]);
      expect(decodeUnlockRecord(stored.at(-1) ?? Buffer.alloc(0)).current.unlock).toBe('key-store');
      expect(readdirSync(profile.dir).some((name) => name.startsWith('register.db.replaced-'))).toBe(true);
      profile.reopen();
      await profile.signIn();
      expect(await incidentTitles(profile)).toEqual(['before the reset 0', 'before the reset 1']);
    } finally {
      original.cleanup();
      profile.cleanup();
      folder.remove();
    }
  });
});

describe('backups of a passphrase register', () => {
  const passphrase = 'a long office passphrase';
  let register: TestRegister;
  let folder: ReturnType<typeof makeTempDir>;

  beforeEach(async () => {
    register = makeTestRegister({ keySource: { kind: 'passphrase' } });
    folder = makeTempDir('breachlog-backups-');
    expectOk(await register.dispatch('session:unlock', { passphrase }));
    await register.signIn();
    await addIncidents(register, 2, 'passphrase office');
  });
  afterEach(() => {
    register.cleanup();
    folder.remove();
  });

  it('stay passphrase-encrypted, and restore with that passphrase', async () => {
    const made = expectOk(await register.dispatch('backup:create', { folder: folder.path })) as BackupResult;
    expect(inspectFile(made.path, { kind: 'passphrase', passphrase }).titles).toHaveLength(2);
    expect(() => inspectFile(made.path, { kind: 'passphrase', passphrase: 'another passphrase' })).toThrow(/could not be opened/);
    expect(() => inspectFile(made.path, { kind: 'raw', bytes: register.keyBytes })).toThrow(/could not be opened/);
    expect(register.session.lock()).toEqual({ state: 'needs_passphrase', reason: 'on_request' });
    // At a locked register only someone who knows its passphrase may restore over it.
    const stranger = expectError(await checkAndRestore(register.dispatch, { file: made.path, passphrase: 'wrong passphrase' }));
    expect(stranger).toMatchObject({ code: 'needs_passphrase', message: expect.stringMatching(/Unlock the register first/) });
    expectOk(await checkAndRestore(register.dispatch, { file: made.path, passphrase }));
    expect(existsSync(`${register.databasePath}.restoring`)).toBe(false);
    await register.signIn();
    expect(await incidentTitles(register)).toHaveLength(2);
  });
});

function flipByte(path: string, offset: number): void {
  const fd = openSync(path, 'r+');
  try {
    const byte = Buffer.alloc(1);
    byte[0] = (readFileSync(path)[offset] ?? 0) ^ 0xff;
    writeSync(fd, byte, 0, 1, offset);
  } finally {
    closeSync(fd);
  }
}
