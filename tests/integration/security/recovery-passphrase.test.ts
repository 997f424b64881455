import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackupResult } from '../../../shared/contract/security-operations';
import { makeTempDir } from '../support/temp-dir';
import { makeTestRegister } from '../support/test-register';
import type { TestRegister } from './support/security-helpers';
import { addIncidents, expectError, expectOk, incidentTitles, recordingKeyStore, checkAndRestore } from './support/security-helpers';

/**
 * Issue 7, "a new PC": instead of (or as well as) the printed recovery key, a recovery passphrase.
 * The register's key, sealed with it, is written beside each backup; on a new profile whose key
 * store never held the key, the backup restores with the recovery passphrase.
 */
const RECOVERY = 'the recovery sentence we keep in the safe';

describe('a recovery passphrase', () => {
  let original: TestRegister;
  let folder: ReturnType<typeof makeTempDir>;
  beforeEach(async () => {
    original = makeTestRegister();
    folder = makeTempDir('breachlog-backups-');
    await original.signIn();
    await addIncidents(original, 2, 'before the new PC');
  });
  afterEach(() => {
    original.cleanup();
    folder.remove();
  });

  it('writes a sealed recovery file beside each backup, and restores on a new profile with it', async () => {
    const plain = expectOk(await original.dispatch('backup:create', { folder: folder.path })) as BackupResult;
    expect(existsSync(`${plain.path}.recovery`)).toBe(false);

    expect(expectError(await original.dispatch('security:set-recovery-passphrase', { passphrase: 'short' })).code).toBe('invalid_input');
    const status = expectOk(await original.dispatch('security:set-recovery-passphrase', { passphrase: RECOVERY }));
    expect(status).toMatchObject({ recoveryPassphraseSet: true });
    original.clock.now = new Date(original.clock.now.getTime() + 60_000);
    const made = expectOk(await original.dispatch('backup:create', { folder: folder.path })) as BackupResult;
    const recoveryFile = readFileSync(`${made.path}.recovery`);
    // Sealed: neither the key nor its hex form is in the file.
    expect(recoveryFile.includes(original.keyBytes)).toBe(false);
    expect(recoveryFile.includes(Buffer.from(original.keyBytes.toString('hex')))).toBe(false);
    expect(readdirSync(folder.path).filter((name) => name.includes('partial'))).toEqual([]);

    const { source: newProfileStore, stored } = recordingKeyStore();
    const newPc = makeTestRegister({ keySource: newProfileStore });
    try {
      // A wrong recovery passphrase is refused before anything is stored or replaced.
      const wrong = expectError(await checkAndRestore(newPc.dispatch, { file: made.path, passphrase: 'not the recovery sentence' }));
      expect(wrong).toMatchObject({ code: 'wrong_key', message: expect.stringMatching(/recovery passphrase/) });
      expect(stored).toHaveLength(0);
      // The older backup has no recovery file: the passphrase cannot open it, and says so plainly.
      expect(expectError(await checkAndRestore(newPc.dispatch, { file: plain.path, passphrase: RECOVERY })).code).toBe('wrong_key');

      expectOk(await checkAndRestore(newPc.dispatch, { file: made.path, passphrase: RECOVERY }));
      expect(stored.length).toBeGreaterThan(0);
      newPc.reopen();
      await newPc.signIn();
      expect(await incidentTitles(newPc)).toEqual(['before the new PC 0', 'before the new PC 1']);
      // The new PC has a new key: the old PC's recovery secrets are void, and new ones can be made.
      expect(expectOk(await newPc.dispatch('security:status', {}))).toMatchObject({ recoveryPassphraseSet: false, recoveryKeyShownAt: null });
      const newBackup = expectOk(await newPc.dispatch('backup:create', { folder: folder.path })) as BackupResult;
      expect(existsSync(`${newBackup.path}.recovery`)).toBe(false);
      expect(expectOk(await newPc.dispatch('security:recovery-key', {}))).toHaveProperty('recoveryKey');
    } finally {
      newPc.cleanup();
    }
  });

  it('refuses a damaged recovery file plainly, changing nothing', async () => {
    expectOk(await original.dispatch('security:set-recovery-passphrase', { passphrase: RECOVERY }));
    const made = expectOk(await original.dispatch('backup:create', { folder: folder.path })) as BackupResult;
    const text = readFileSync(`${made.path}.recovery`, 'utf8');
    writeFileSync(`${made.path}.recovery`, text.slice(0, text.length / 2));
    const newPc = makeTestRegister();
    try {
      const refused = expectError(await checkAndRestore(newPc.dispatch, { file: made.path, passphrase: RECOVERY }));
      expect(refused).toMatchObject({ code: 'database_damaged', message: expect.stringMatching(/recovery file .* damaged/) });
      expect(readdirSync(newPc.dir).filter((name) => name.includes('.replaced-') || name.includes('.restoring'))).toEqual([]);
    } finally {
      newPc.cleanup();
    }
  });

  it('is not offered for a register that opens with its passphrase alone', async () => {
    const passphraseOnly = makeTestRegister({ keySource: { kind: 'passphrase' } });
    try {
      expectOk(await passphraseOnly.dispatch('session:unlock', { passphrase: 'a long office passphrase' }));
      await passphraseOnly.signIn();
      const refused = expectError(await passphraseOnly.dispatch('security:set-recovery-passphrase', { passphrase: RECOVERY }));
      expect(refused.message).toMatch(/needs no recovery passphrase/);
    } finally {
      passphraseOnly.cleanup();
    }
  });
});
