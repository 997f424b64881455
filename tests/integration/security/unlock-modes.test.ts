import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryKeySource } from '../../../electron/preview/file-key-source';
import { AppError } from '../../../electron/services/errors';
import type { KeySource } from '../../../electron/services/key-source';
import { RegisterSession } from '../../../electron/services/register-session';
import { changeUnlockMode } from '../../../electron/services/security/unlock-mode-change';
import { decodeUnlockRecord, encodeUnlockRecord, keyStoreEntry } from '../../../electron/services/security/unlock-record';
import { makeTempDir } from '../support/temp-dir';
import { makeTestRegister } from '../support/test-register';
import type { TestRegister } from './support/security-helpers';
import { addIncidents, expectError, expectOk, incidentTitles, inspectFile, recordingKeyStore, checkAndRestore } from './support/security-helpers';

/**
 * Issue 7: a passphrase instead of, or on top of, the OS key store, and moving between the three.
 * Everything runs on a real encrypted register; the key store is an in-memory stand-in for
 * safeStorage holding exactly the bytes the desktop app would hand to it.
 */
const FIRST = 'a long office passphrase';
const SECOND = 'another long passphrase';

type KeyStore = Extract<KeySource, { kind: 'key-store' }>;

async function storedRecord(register: TestRegister) {
  const bytes = await (register.keySource as KeyStore).load();
  if (!bytes) throw new Error('The key store is empty');
  return { bytes, record: decodeUnlockRecord(bytes) };
}

function fileHash(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

describe('unlock modes', () => {
  let register: TestRegister;
  beforeEach(async () => {
    register = makeTestRegister();
    await register.signIn();
    await addIncidents(register, 3, 'kept');
  });
  afterEach(() => register.cleanup());

  const mode = async () => (expectOk(await register.dispatch('security:status', {})) as { mode: string }).mode;

  it('puts a passphrase on top of the key store without re-encrypting, and takes it off again', async () => {
    expect(await mode()).toBe('key-store');
    register.session.current()?.db.pragma('wal_checkpoint(TRUNCATE)');
    const checkpointed = fileHash(register.databasePath);

    const short = await register.dispatch('security:set-unlock-mode', { mode: 'key-store-and-passphrase', next: 'short' });
    expect(expectError(short).code).toBe('invalid_input');
    const missing = await register.dispatch('security:set-unlock-mode', { mode: 'key-store-and-passphrase' });
    expect(expectError(missing).message).toMatch(/Choose the passphrase/);
    expectOk(await register.dispatch('security:set-unlock-mode', { mode: 'key-store-and-passphrase', next: FIRST }));
    expect(await mode()).toBe('key-store-and-passphrase');
    // The database file is the same bytes: only the key store's record changed.
    expect(fileHash(register.databasePath)).toBe(checkpointed);

    // The key store no longer holds the key in any readable form.
    const { bytes } = await storedRecord(register);
    expect(bytes.includes(Buffer.from(register.keyBytes.toString('hex')))).toBe(false);
    expect(bytes.includes(register.keyBytes)).toBe(false);

    register.reopen();
    expect(expectOk(await register.dispatch('session:status', {}))).toEqual({ state: 'needs_passphrase' });
    expect(expectError(await register.dispatch('session:unlock-key-store', {})).code).toBe('invalid_input');
    expect(expectError(await register.dispatch('session:unlock', { passphrase: SECOND })).code).toBe('wrong_key');
    expectOk(await register.dispatch('session:unlock', { passphrase: FIRST }));
    await register.signIn();
    expect(await incidentTitles(register)).toEqual(['kept 0', 'kept 1', 'kept 2']);
    // Locking asks for the passphrase again.
    expect(expectOk(await register.dispatch('session:lock', {}))).toEqual({ state: 'needs_passphrase', reason: 'on_request' });
    expect(expectOk(await register.dispatch('session:status', {}))).toEqual({ state: 'needs_passphrase', reason: 'on_request' });
    expectOk(await register.dispatch('session:unlock', { passphrase: FIRST }));
    await register.signIn();

    // A way in for new PCs needs the passphrase too, or a passer-by could set their own.
    const noProof = await register.dispatch('security:set-recovery-passphrase', { passphrase: 'a recovery sentence of mine' });
    expect(expectError(noProof).code).toBe('wrong_key');
    expectOk(await register.dispatch('security:set-recovery-passphrase', { passphrase: 'a recovery sentence of mine', current: FIRST }));

    // Changing it: the wrong current passphrase changes nothing; the right one re-seals the key.
    const wrong = await register.dispatch('security:change-passphrase', { current: SECOND, next: SECOND });
    expect(expectError(wrong)).toMatchObject({ code: 'wrong_key' });
    expectOk(await register.dispatch('security:change-passphrase', { current: FIRST, next: SECOND }));
    register.reopen();
    expect(expectError(await register.dispatch('session:unlock', { passphrase: FIRST })).code).toBe('wrong_key');
    expectOk(await register.dispatch('session:unlock', { passphrase: SECOND }));
    await register.signIn();

    // Off again: needs the current passphrase, then the key store alone opens it.
    const refused = await register.dispatch('security:set-unlock-mode', { mode: 'key-store', current: FIRST });
    expect(expectError(refused).code).toBe('wrong_key');
    expectOk(await register.dispatch('security:set-unlock-mode', { mode: 'key-store', current: SECOND }));
    register.reopen();
    expect(expectOk(await register.dispatch('session:status', {}))).toMatchObject({ state: 'open' });
    await register.signIn();
    expect(await incidentTitles(register)).toEqual(['kept 0', 'kept 1', 'kept 2']);
  });

  it('moves to a passphrase alone (re-encrypted, no key left on this PC) and back to the key store with a new key', async () => {
    expectOk(await register.dispatch('security:set-unlock-mode', { mode: 'passphrase', next: FIRST }));
    expect(await mode()).toBe('passphrase');
    const { record } = await storedRecord(register);
    expect(record).toEqual({ version: 1, current: { unlock: 'passphrase' } });
    // The file now opens with the passphrase itself, and no longer with the old key.
    register.session.close();
    expect(inspectFile(register.databasePath, { kind: 'passphrase', passphrase: FIRST }).titles).toHaveLength(3);
    expect(() => inspectFile(register.databasePath, { kind: 'raw', bytes: register.keyBytes })).toThrow(AppError);

    register.reopen();
    expect(expectOk(await register.dispatch('session:status', {}))).toEqual({ state: 'needs_passphrase' });
    expectOk(await register.dispatch('session:unlock', { passphrase: FIRST }));
    await register.signIn();
    expect(expectError(await register.dispatch('security:recovery-key', {})).message).toMatch(/no recovery key/);
    // A passphrase-only register changes its passphrase by re-encryption, as before.
    expectOk(await register.dispatch('security:change-passphrase', { current: FIRST, next: SECOND }));

    expectOk(await register.dispatch('security:set-unlock-mode', { mode: 'key-store-and-passphrase', current: SECOND, next: FIRST }));
    register.session.close();
    expect(() => inspectFile(register.databasePath, { kind: 'passphrase', passphrase: SECOND })).toThrow(AppError);
    expect(() => inspectFile(register.databasePath, { kind: 'raw', bytes: register.keyBytes })).toThrow(AppError);
    register.reopen();
    expectOk(await register.dispatch('session:unlock', { passphrase: FIRST }));
    await register.signIn();
    expect(await incidentTitles(register)).toEqual(['kept 0', 'kept 1', 'kept 2']);
    // A new key means a new recovery key may be shown.
    expect(expectOk(await register.dispatch('security:recovery-key', {}))).toHaveProperty('recoveryKey');
    const audit = expectOk(await register.dispatch('register:verify', {}));
    expect(audit).toMatchObject({ intact: true, recordsNotMatchingTrail: [] });
  });

  it('opens the way that still works after a change of mode was cut short, and makes it current again', async () => {
    // Cut short before the re-encrypted copy was swapped in: the record names the new way first.
    const key = register.keyBytes;
    const keySource = register.keySource as KeyStore;
    await keySource.store(encodeUnlockRecord({ version: 1, current: { unlock: 'passphrase' }, previous: keyStoreEntry(key) }));
    register.reopen();
    expect(expectOk(await register.dispatch('session:status', {}))).toMatchObject({ state: 'open' });
    expect((await storedRecord(register)).record).toEqual({ version: 1, current: keyStoreEntry(key) });

    // Cut short the other way: the record says key store (a key the file was never encrypted with).
    expectOk(await register.dispatch('session:set-user', { name: 'Zoë Ødegård' }));
    expectOk(await register.dispatch('security:set-unlock-mode', { mode: 'passphrase', next: FIRST }));
    await keySource.store(encodeUnlockRecord({ version: 1, current: keyStoreEntry(Buffer.alloc(32, 7)), previous: { unlock: 'passphrase' } }));
    register.reopen();
    expect(expectOk(await register.dispatch('session:status', {}))).toEqual({ state: 'needs_passphrase' });
    expectOk(await register.dispatch('session:unlock', { passphrase: FIRST }));
    expect((await storedRecord(register)).record).toEqual({ version: 1, current: { unlock: 'passphrase' } });
  });

  it('lets a forgotten passphrase be got round only with a backup and its recovery key', async () => {
    const folder = makeTempDir('breachlog-backups-');
    try {
      expectOk(await register.dispatch('security:set-unlock-mode', { mode: 'key-store-and-passphrase', next: FIRST }));
      const { recoveryKey } = expectOk(await register.dispatch('security:recovery-key', {})) as { recoveryKey: string };
      const backup = expectOk(await register.dispatch('backup:create', { folder: folder.path })) as { path: string };
      register.reopen();
      expect(expectOk(await register.dispatch('session:status', {}))).toEqual({ state: 'needs_passphrase' });
      // Without the recovery key, restoring is no way round the passphrase.
      const refused = expectError(await checkAndRestore(register.dispatch, { file: backup.path }));
      expect(refused).toMatchObject({ code: 'needs_passphrase', message: expect.stringMatching(/recovery key/) });
      const guessed = expectError(await checkAndRestore(register.dispatch, { file: backup.path, passphrase: SECOND }));
      expect(guessed.code).toBe('needs_passphrase');

      // Someone else's backup with its own recovery key does not get round it either.
      const stranger = makeTestRegister();
      try {
        await stranger.signIn();
        await addIncidents(stranger, 1, 'planted');
        const strangerKey = (expectOk(await stranger.dispatch('security:recovery-key', {})) as { recoveryKey: string }).recoveryKey;
        const strangerBackup = expectOk(await stranger.dispatch('backup:create', { folder: folder.path })) as { path: string };
        const planted = expectError(await checkAndRestore(register.dispatch, { file: strangerBackup.path, recoveryKey: strangerKey }));
        expect(planted).toMatchObject({ code: 'needs_passphrase', message: expect.stringMatching(/this register’s recovery key/) });
      } finally {
        stranger.cleanup();
      }
      expect((await storedRecord(register)).record.current.unlock).toBe('key-store-and-passphrase');

      expectOk(await checkAndRestore(register.dispatch, { file: backup.path, recoveryKey }));
      await register.signIn();
      expect(await mode()).toBe('key-store');
      register.reopen();
      expect(expectOk(await register.dispatch('session:status', {}))).toMatchObject({ state: 'open' });
      await register.signIn();
      expect(await incidentTitles(register)).toEqual(['kept 0', 'kept 1', 'kept 2']);
    } finally {
      folder.remove();
    }
  });

  it('stays locked when the idle lock fires in the middle of a change of mode', async () => {
    const session = register.session;
    // As the security service does: the change says the new mode, the session records it.
    session.adoptUnlockMode(
      await changeUnlockMode(session, { mode: 'passphrase', next: FIRST }, (step) => {
        if (step === 'recording') session.lock();
      }),
    );
    expect(session.unlocked()).toBeNull();
    expect(await session.status()).toEqual({ state: 'needs_passphrase', reason: 'on_request' });
    await expect(session.unlock(SECOND)).rejects.toThrow(AppError);
    expect(await session.unlock(FIRST)).toMatchObject({ state: 'open', user: 'Zoë Ødegård' }); // unlocking in the same run carries on as the person who was working
  });

  it('makes exactly one key when the first start asks twice at once', async () => {
    const { source: emptyStore, stored } = recordingKeyStore();
    const fresh = makeTestRegister({ keySource: emptyStore });
    try {
      const [first, second] = await Promise.all([fresh.session.status(), fresh.session.status()]);
      expect([first.state, second.state]).toEqual(['open', 'open']);
      expect(stored).toHaveLength(1);
      fresh.reopen();
      expect(await fresh.session.status()).toMatchObject({ state: 'open' });
    } finally {
      fresh.cleanup();
    }
  });

  it('refuses a damaged key-store record plainly, and leaves the register file alone', async () => {
    register.session.current()?.db.pragma('wal_checkpoint(TRUNCATE)');
    register.session.close();
    const before = fileHash(register.databasePath);
    const broken = new RegisterSession(register.databasePath, memoryKeySource(Buffer.from('{"version":1,"current":{"unlock":"key-store"}}')));
    expect(await broken.status()).toEqual({ state: 'unavailable', message: expect.stringMatching(/damaged/) });
    broken.close();
    expect(fileHash(register.databasePath)).toBe(before);
  });

  it('has no key store to move to where the computer offers none', async () => {
    const passphraseOnly = makeTestRegister({ keySource: { kind: 'passphrase' } });
    try {
      expectOk(await passphraseOnly.dispatch('session:unlock', { passphrase: FIRST }));
      await passphraseOnly.signIn();
      expect(expectOk(await passphraseOnly.dispatch('security:status', {}))).toMatchObject({ mode: 'passphrase', keyStoreAvailable: false });
      const refused = await passphraseOnly.dispatch('security:set-unlock-mode', { mode: 'key-store', current: FIRST });
      expect(expectError(refused).message).toMatch(/no key store/);
    } finally {
      passphraseOnly.cleanup();
    }
  });
});
