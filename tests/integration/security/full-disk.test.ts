import { closeSync, openSync, readdirSync, rmSync, statfsSync, statSync, truncateSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VerifyResult } from '../../../shared/audit';
import type { Incident } from '../../../shared/incident';
import { FULL_INCIDENT } from '../support/full-incident';
import { makeTempDir } from '../support/temp-dir';
import { makeTestRegister } from '../support/test-register';
import { registerChecksum } from './support/register-checksum';
import type { TestRegister } from './support/security-helpers';
import { expectError, expectOk } from './support/security-helpers';
import { mountRefusal, mountTmpfs, unmount } from './support/tmpfs';

/**
 * A full disk, for real: small tmpfs filesystems, filled with a real file, no mocked errors. Mounting
 * needs root (or CAP_SYS_ADMIN in a container); without it the whole suite is skipped and says why.
 */
const MOUNT_REFUSAL = mountRefusal();
if (MOUNT_REFUSAL) console.warn(`[full-disk] skipped: ${MOUNT_REFUSAL}`);

const CLOSED = { ...FULL_INCIDENT, status: 'closed' as const, actions: FULL_INCIDENT.actions.map((a) => ({ ...a, done: true })) };
const LONG_TEXT = 'The supplier forwarded the spreadsheet to their accounts team before noticing. '.repeat(200);

describe.skipIf(MOUNT_REFUSAL !== null)(MOUNT_REFUSAL ? `a full disk (skipped: ${MOUNT_REFUSAL})` : 'a full disk', () => {
  const mounted: string[] = [];
  let usbStick: ReturnType<typeof makeTempDir>;
  let registerOnSmallDisk: TestRegister;
  let registerForRemoval: TestRegister;

  beforeAll(() => {
    usbStick = makeTempDir('breachlog-full-usb-');
    const smallDisk = (size: string) => (folder: string) => {
      mountTmpfs(folder, size);
      mounted.push(folder);
    };
    smallDisk('1m')(usbStick.path);
    // Each register's own folder becomes a small disk before its database is first created in it.
    registerOnSmallDisk = makeTestRegister({ beforeFirstUse: smallDisk('4m') });
    registerForRemoval = makeTestRegister({ beforeFirstUse: smallDisk('4m') });
  });
  afterAll(() => {
    // A filesystem cannot be unmounted while a database on it is open.
    registerOnSmallDisk.session.close();
    registerForRemoval.session.close();
    registerOnSmallDisk.folder.release();
    registerForRemoval.folder.release();
    for (const folder of mounted) unmount(folder);
    usbStick.remove();
    registerOnSmallDisk.cleanup();
    registerForRemoval.cleanup();
  });

  it('refuses a backup onto a drive too small for it: a plain message, no partial file, the register unchanged', async () => {
    const register = makeTestRegister();
    try {
      await register.signIn();
      for (let i = 0; i < 300; i += 1) expectOk(await register.dispatch('incident:create', { ...FULL_INCIDENT, title: `Payroll email ${i}` }));
      const { db } = await register.session.services();
      const before = { checksum: registerChecksum(db), freeOnStick: freeBytes(usbStick.path) };

      const error = expectError(await register.dispatch('backup:create', { folder: usbStick.path }));
      report('backup onto a full drive', error);
      expect(error.code).toBe('invalid_input');
      expect(error.message).toMatch(/not enough free space/);
      expect(error.message).toContain(usbStick.path);
      // Nothing left behind, not even an unlinked file still holding space.
      expect(readdirSync(usbStick.path)).toEqual([]);
      expect(freeBytes(usbStick.path)).toBe(before.freeOnStick);
      expect(registerChecksum((await register.session.services()).db)).toBe(before.checksum);

      register.reopen();
      await register.signIn();
      expect(expectOk(await register.dispatch('register:verify', {}))).toMatchObject({ intact: true, recordsNotMatchingTrail: [] });
      expect(expectOk(await register.dispatch('incident:list', { limit: 1 }))).toMatchObject({ total: 300 });
    } finally {
      register.cleanup();
    }
  });

  it('refuses a save when the register’s own disk is full, loses nothing acknowledged, and saves on retry once there is space', async () => {
    const register = registerOnSmallDisk;
    await register.signIn();
    const acknowledged: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      expectOk(await register.dispatch('incident:create', { ...FULL_INCIDENT, title: `Before the disk filled ${i}` }));
      acknowledged.push(`Before the disk filled ${i}`);
    }
    const draftKey = 'incident:1:what';
    expectOk(await register.dispatch('draft:save', { key: draftKey, values: { title: 'draft kept before' } }));

    // Nearly full, as a real disk would be: small writes still fit, a full record soon does not.
    const filler = fillDisk(register.dir, 256 * 1024);
    let refused: { code: string; message: string } | null = null;
    let refusedTitle = '';
    for (let i = 0; i < 50 && !refused; i += 1) {
      const title = `While the disk filled ${i}`;
      const result = await register.dispatch('incident:create', { ...FULL_INCIDENT, title, whatHappened: LONG_TEXT });
      if (result.ok) acknowledged.push(title);
      else [refused, refusedTitle] = [result.error, title];
    }
    report(`incident:create refused after ${acknowledged.length - 3} more saves`, refused);
    expect(refused).toMatchObject({ code: 'disk_full', message: expect.stringMatching(/disk is full.*free some space/i) });
    // A small change may still fit in the space the refused save's rolled-back WAL frames took.
    const update = await register.dispatch('incident:update', { id: 1, changes: { title: 'Renamed while full' } });
    report('incident:update while full', update.ok ? 'saved' : update.error);
    if (update.ok) acknowledged[0] = 'Renamed while full';
    else expect(update.error.message).toMatch(/disk is full/);
    const draft = await register.dispatch('draft:save', { key: draftKey, values: { title: 'draft typed while full', whatHappened: LONG_TEXT } });
    report('draft:save while full', draft.ok ? 'saved' : draft.error);
    if (!draft.ok) expect(draft.error.message).toMatch(/disk is full/);

    rmSync(filler);
    const { db } = await register.session.services();
    expect(db.prepare<[], string>('SELECT title FROM incident ORDER BY id').pluck().all()).toEqual(acknowledged);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(expectOk(await register.dispatch('register:verify', {}))).toMatchObject({ intact: true, recordsNotMatchingTrail: [] });
    // The draft is either the one kept before or the one typed while full: never lost, never half-written.
    expect(['draft kept before', 'draft typed while full']).toContain((expectOk(await register.dispatch('draft:get', { key: draftKey })) as { title: string }).title);

    expectOk(await register.dispatch('incident:create', { ...FULL_INCIDENT, title: refusedTitle, whatHappened: LONG_TEXT }));
    expectOk(await register.dispatch('incident:update', { id: 1, changes: { title: 'Renamed once there was space' } }));
    register.reopen();
    await register.signIn();
    const verify = expectOk(await register.dispatch('register:verify', {})) as VerifyResult;
    expect(verify).toMatchObject({ intact: true, recordsNotMatchingTrail: [] });
    expect(expectOk(await register.dispatch('incident:list', { limit: 1 }))).toMatchObject({ total: acknowledged.length + 1 });
  });

  it('says a removal after retention happened when the disk is too full only for the clean-up after it', async () => {
    const register = registerForRemoval;
    await register.signIn();
    const create = async (i: number) => expectOk(await register.dispatch('incident:create', { ...CLOSED, title: `Closed ${i}` })) as Incident;
    const [first, second] = [await create(0), await create(1)];
    const { db } = await register.session.services();
    // A register bigger than the room left below; its WAL emptied as it grows (the filesystem is 4 MB).
    for (let i = 2; i < 70; i += 1) {
      await create(i);
      if (i % 10 === 0) db.pragma('wal_checkpoint(TRUNCATE)');
    }
    db.pragma('wal_checkpoint(TRUNCATE)');
    register.clock.now = new Date('2033-01-01T09:00:00.000Z');

    // Room for the removal's own transaction, not for VACUUM's rewrite of the whole file.
    const room = 400 * 1024;
    expect(statSync(register.databasePath).size).toBeGreaterThan(2 * room);
    const filler = fillDisk(register.dir, room);
    const error = expectError(await register.dispatch('incident:remove-expired', { id: first.id, confirmReference: first.reference }));
    report('incident:remove-expired with little space', error);
    expect(error.message).toMatch(new RegExp(`${first.reference} has been removed.*could not be cleared`));
    expect(expectError(await register.dispatch('incident:get', { id: first.id })).code).toBe('not_found');
    expect(expectOk(await register.dispatch('register:verify', {}))).toMatchObject({ intact: true, recordsNotMatchingTrail: [] });

    rmSync(filler);
    expectOk(await register.dispatch('incident:remove-expired', { id: second.id, confirmReference: second.reference }));
    expect(db.pragma('freelist_count', { simple: true })).toBe(0);
  });
});

/** Why tmpfs cannot be mounted here, or null when it can. */
function freeBytes(folder: string): number {
  const stats = statfsSync(folder);
  return stats.bavail * stats.bsize;
}

/** Writes a filler file until the disk refuses (ENOSPC), then gives back `leave` bytes. */
function fillDisk(folder: string, leave: number): string {
  const path = join(folder, 'filler.bin');
  const fd = openSync(path, 'w');
  const chunk = Buffer.alloc(64 * 1024, 0x5a);
  let written = 0;
  try {
    for (;;) written += writeSync(fd, chunk);
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOSPC') throw error;
  } finally {
    closeSync(fd);
  }
  truncateSync(path, Math.max(0, written - leave));
  return path;
}

/** What the person would see, in the test output for the record. */
function report(step: string, outcome: unknown): void {
  console.log(`[full-disk] ${step}: ${JSON.stringify(outcome)}`);
}
