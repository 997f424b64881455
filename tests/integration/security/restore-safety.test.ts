import { copyFileSync, existsSync, linkSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackupContents, BackupResult, ReplacedCopy, RestoreResult } from '../../../shared/contract/security-operations';
import type { Incident } from '../../../shared/incident';
import { latestSchemaVersion } from '../../../electron/services/database/migrate';
import { FULL_INCIDENT } from '../support/full-incident';
import { makeTempDir } from '../support/temp-dir';
import { makeTestRegister } from '../support/test-register';
import { registerChecksum } from './support/register-checksum';
import type { TestRegister } from './support/security-helpers';
import { addIncidents, checkAndRestore, expectError, expectOk, incidentTitles, inspectFile } from './support/security-helpers';

const replacedNames = (dir: string) => readdirSync(dir).filter((name) => name.includes('.replaced-'));

describe('restoring without fear', () => {
  let register: TestRegister;
  let folder: ReturnType<typeof makeTempDir>;
  let made: BackupResult;
  const rawKey = () => ({ kind: 'raw' as const, bytes: register.keyBytes });
  const checksum = async () => registerChecksum((await register.session.services()).db);

  beforeEach(async () => {
    register = makeTestRegister();
    folder = makeTempDir('breachlog-backups-');
    await register.signIn();
    await addIncidents(register, 2, 'in the backup');
    made = expectOk(await register.dispatch('backup:create', { folder: folder.path })) as BackupResult;
    register.clock.now = new Date('2026-11-26T14:30:00.000Z');
    await addIncidents(register, 3, 'after the backup');
  });
  afterEach(() => {
    register.cleanup();
    folder.remove();
  });

  it('checks first: says what the backup and the register hold, and replaces nothing', async () => {
    const before = await checksum();
    const checked = expectOk(await register.dispatch('backup:check', { file: made.path })) as BackupContents;
    expect(checked).toMatchObject({
      file: made.path,
      breaches: 2,
      schemaVersion: latestSchemaVersion(),
      auditHead: made.auditHead,
      newestEntryAt: '2026-11-25T09:00:00.000Z',
      current: { breaches: 5, newestEntryAt: '2026-11-26T14:30:00.000Z' },
    });
    expect(checked.trailEntries).toBeGreaterThanOrEqual(2);
    expect(checked.current?.trailEntries).toBeGreaterThan(checked.trailEntries);
    expect(await checksum()).toBe(before);
    expect(readdirSync(register.dir).filter((name) => name.startsWith('register.db.'))).toEqual([]);
    expect(readdirSync(folder.path).sort()).toEqual([made.fileName, `${made.fileName}.fingerprint`]);
  });

  it('refuses a restore that does not confirm the backup that was checked, or whose file changed since', async () => {
    const checked = expectOk(await register.dispatch('backup:check', { file: made.path })) as BackupContents;
    // Another backup put under the same name after the check.
    const later = expectOk(await register.dispatch('backup:create', { folder: folder.path })) as BackupResult;
    const before = await checksum();
    expect(expectError(await register.dispatch('backup:restore', { file: made.path, confirmedHead: null })).message).toMatch(/changed since it was checked/);
    copyFileSync(later.path, made.path);
    const refused = expectError(await register.dispatch('backup:restore', { file: made.path, confirmedHead: checked.auditHead }));
    expect(refused.message).toMatch(/changed since it was checked/);
    expect(await checksum()).toBe(before);
    expect(replacedNames(register.dir)).toEqual([]);
  });

  it('double-submitted through the real dispatch: the second is refused, nothing is lost, and the original is kept aside', async () => {
    const checked = expectOk(await register.dispatch('backup:check', { file: made.path })) as BackupContents;
    const request = { file: made.path, confirmedHead: checked.auditHead };
    const [first, second] = await Promise.all([register.dispatch('backup:restore', request), register.dispatch('backup:restore', request)]);
    const results = [first, second];
    const done = results.filter((result) => result.ok);
    expect(done).toHaveLength(1);
    const refused = results.find((result) => !result.ok);
    // Refused while the first runs, or (writes run one at a time) once it is done and nothing has changed since.
    if (refused && !refused.ok) expect(refused.error.message).toMatch(/being replaced or re-encrypted|has just been restored/);
    expect(await incidentTitles(register)).toEqual(['in the backup 0', 'in the backup 1']);
    const aside = replacedNames(register.dir);
    expect(aside).toHaveLength(1);
    expect(inspectFile(join(register.dir, aside[0] ?? ''), rawKey()).titles).toHaveLength(5);
  });

  it('gives every replaced copy its own name, even for restores in the same millisecond, and overwrites none', async () => {
    // The clock stands still: every restore happens "at the same time".
    const results: RestoreResult[] = [];
    for (let i = 0; i < 3; i += 1) {
      if (i > 0) await addIncidents(register, 1, `between restores ${i}`);
      results.push(expectOk(await checkAndRestore(register.dispatch, { file: made.path })) as RestoreResult);
    }
    const names = results.map((result) => result.replacedFile);
    expect(new Set(names).size).toBe(3);
    expect(replacedNames(register.dir).sort()).toEqual(names.map((name) => name?.slice(register.dir.length + 1)).sort());
    expect(names.map((name) => inspectFile(name ?? '', rawKey()).titles.length)).toEqual([5, 3, 3]);
    // Each copy is a single file, and can itself be restored (an undo of the restore).
    expect(readdirSync(register.dir).filter((name) => name.includes('.replaced-') && /-(wal|shm|journal)$/.test(name))).toEqual([]);
    expectOk(await checkAndRestore(register.dispatch, { file: names[0] ?? '' }));
    expect(await incidentTitles(register)).toHaveLength(5);
  });

  it('refuses the live register as a source: by its path, a symbolic link, or a hard link', async () => {
    const before = await checksum();
    const symlink = join(folder.path, 'looks-like-a-backup.db');
    symlinkSync(register.databasePath, symlink);
    const hardLink = join(register.dir, 'hard-link.db');
    linkSync(register.databasePath, hardLink);
    for (const file of [register.databasePath, symlink, hardLink, join(register.dir, '.', 'register.db')]) {
      const error = expectError(await register.dispatch('backup:check', { file }));
      expect(error.message, file).toMatch(/the register Breachlog has open now/);
      expect(expectError(await register.dispatch('backup:restore', { file, confirmedHead: null })).message).toMatch(/the register Breachlog has open now/);
    }
    expect(await checksum()).toBe(before);
    expect(replacedNames(register.dir)).toEqual([]);
  });

  it('refuses any database with a write-ahead log beside it, which a copy of the file alone would lose', async () => {
    const other = makeTestRegister();
    try {
      await other.signIn();
      await addIncidents(other, 1, 'in use elsewhere');
      // Another register, open and holding changes in its log.
      expect(existsSync(`${other.databasePath}-wal`)).toBe(true);
      const before = await checksum();
      const error = expectError(await register.dispatch('backup:check', { file: other.databasePath }));
      expect(error.message).toMatch(/write-ahead log beside it/);
      expect(await checksum()).toBe(before);
    } finally {
      other.cleanup();
    }
  });

  it('lists replaced copies with their dates, and deletes one for good: overwritten, then removed', async () => {
    register.clock.now = new Date('2026-11-27T08:15:30.250Z');
    const restored = expectOk(await checkAndRestore(register.dispatch, { file: made.path })) as RestoreResult;
    const list = expectOk(await register.dispatch('backup:replaced-list', {})) as ReplacedCopy[];
    const fileName = restored.replacedFile?.slice(register.dir.length + 1) ?? '';
    expect(list).toEqual([{ fileName, replacedAt: '2026-11-27T08:15:30.250Z', bytes: expect.any(Number) }]);
    // A second name for the same file shows what the deletion did to its bytes.
    const witness = join(folder.path, 'witness');
    linkSync(join(register.dir, fileName), witness);
    const original = readFileSync(witness);

    expect(expectError(await register.dispatch('backup:replaced-delete', { fileName: 'register.db' })).code).toBe('invalid_input');
    expect(expectError(await register.dispatch('backup:replaced-delete', { fileName: '../register.db.replaced-2026-11-27T08-15-30-250Z' })).code).toBe('invalid_input');
    expect(expectOk(await register.dispatch('backup:replaced-delete', { fileName }))).toEqual([]);
    expect(existsSync(join(register.dir, fileName))).toBe(false);
    const after = readFileSync(witness);
    expect(after.length).toBe(original.length);
    expect(after.equals(original)).toBe(false);
    expect(() => inspectFile(witness, rawKey())).toThrow();
    // The register itself is untouched.
    expect(await incidentTitles(register)).toEqual(['in the backup 0', 'in the backup 1']);
  });

  it('does not let the recovery key be shown again by restoring a backup made before it was shown', async () => {
    expectOk(await register.dispatch('security:recovery-key', {}));
    expect(expectError(await register.dispatch('security:recovery-key', {})).message).toMatch(/only once/);
    // `made` is from before the key was shown; restore it, then the newer state, and back again.
    expectOk(await checkAndRestore(register.dispatch, { file: made.path }));
    expect(expectError(await register.dispatch('security:recovery-key', {})).message).toMatch(/only once/);
    expect(expectOk(await register.dispatch('security:status', {}))).toMatchObject({ recoveryKeyShownAt: expect.any(String) });
    register.reopen();
    await register.signIn();
    expect(expectError(await register.dispatch('security:recovery-key', {})).message).toMatch(/only once/);
  });
});

describe('retention removal covers replaced copies', () => {
  it('deletes the replaced copies that still hold a removed breach, and those it cannot read to tell', async () => {
    const register = makeTestRegister();
    const folder = makeTempDir('breachlog-backups-');
    try {
      await register.signIn();
      const closed = { ...FULL_INCIDENT, status: 'closed' as const, actions: FULL_INCIDENT.actions.map((a) => ({ ...a, done: true })) };
      const gone = expectOk(await register.dispatch('incident:create', { ...closed, title: 'To be removed' })) as Incident;
      const withIt = expectOk(await register.dispatch('backup:create', { folder: folder.path })) as BackupResult;
      // Two restores: each keeps aside a register that holds the breach.
      const first = expectOk(await checkAndRestore(register.dispatch, { file: withIt.path })) as RestoreResult;
      register.clock.now = new Date('2026-11-25T09:00:01.000Z');
      // A change in between: restoring an unchanged restore again is refused as a repeat.
      await addIncidents(register, 1, 'between the restores');
      const second = expectOk(await checkAndRestore(register.dispatch, { file: withIt.path })) as RestoreResult;
      // And one under another key (from before a change of unlock mode, say): it cannot be read to tell.
      const unreadable = join(register.dir, 'register.db.replaced-2026-01-01T00-00-00-000Z');
      const other = makeTestRegister();
      try {
        await other.signIn();
        await addIncidents(other, 1, 'another key');
        copyFileSync((expectOk(await other.dispatch('backup:create', { folder: folder.path })) as BackupResult).path, unreadable);
      } finally {
        other.cleanup();
      }
      expect(replacedNames(register.dir)).toHaveLength(3);

      register.clock.now = new Date('2033-01-01T09:00:00.000Z');
      expectOk(await register.dispatch('incident:remove-expired', { id: gone.id, confirmReference: gone.reference }));
      expect(existsSync(first.replacedFile ?? '')).toBe(false);
      expect(existsSync(second.replacedFile ?? '')).toBe(false);
      expect(existsSync(unreadable)).toBe(false);
      expect(replacedNames(register.dir)).toEqual([]);
    } finally {
      register.cleanup();
      folder.remove();
    }
  });

  it('keeps a replaced copy that does not hold the removed breach', async () => {
    const register = makeTestRegister();
    const folder = makeTempDir('breachlog-backups-');
    try {
      await register.signIn();
      await addIncidents(register, 1, 'kept');
      const before = expectOk(await register.dispatch('backup:create', { folder: folder.path })) as BackupResult;
      const closed = { ...FULL_INCIDENT, status: 'closed' as const, actions: FULL_INCIDENT.actions.map((a) => ({ ...a, done: true })) };
      const gone = expectOk(await register.dispatch('incident:create', { ...closed, title: 'To be removed' })) as Incident;
      const snapshot = expectOk(await register.dispatch('backup:create', { folder: folder.path })) as BackupResult;
      // Restore the backup from before the breach, then the one with it: the first replaced copy
      // holds the breach, the second (the register as restored from `before`) does not.
      const holding = expectOk(await checkAndRestore(register.dispatch, { file: before.path })) as RestoreResult;
      const notHolding = expectOk(await checkAndRestore(register.dispatch, { file: snapshot.path })) as RestoreResult;

      register.clock.now = new Date('2033-01-01T09:00:00.000Z');
      expectOk(await register.dispatch('incident:remove-expired', { id: gone.id, confirmReference: gone.reference }));
      expect(existsSync(holding.replacedFile ?? '')).toBe(false);
      expect(existsSync(notHolding.replacedFile ?? '')).toBe(true);
      expect(inspectFile(notHolding.replacedFile ?? '', { kind: 'raw', bytes: register.keyBytes }).titles).toEqual(['kept 0']);
    } finally {
      register.cleanup();
      folder.remove();
    }
  });
});
