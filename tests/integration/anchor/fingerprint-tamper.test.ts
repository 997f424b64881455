import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeAnchor } from '../../../electron/services/anchor/anchor-record';
import { PLAIN_ANCHOR_FILE_NAME } from '../../../electron/services/anchor/anchor-store';
import { readTrailHead } from '../../../electron/services/anchor/trail-head';
import type { Db } from '../../../electron/services/database/open-database';
import { openDatabase } from '../../../electron/services/database/open-database';
import type { WrappedRecordStore } from '../../../electron/services/key-source';
import type { BackupResult } from '../../../shared/contract/security-operations';
import type { Incident } from '../../../shared/incident';
import { EMPTY_INCIDENT_FIELDS } from '../../../shared/incident';
import type { AnchoredVerifyResult } from '../../../shared/register-fingerprint';
import { sidecarPaths } from '../../../electron/services/security/durable-files';
import { makeTempDir } from '../support/temp-dir';
import { makeTestRegister } from '../support/test-register';
import { checkAndRestore, expectError, expectOk, incidentTitles } from '../security/support/security-helpers';
import type { TestRegister } from './support/tamper';
import { changeRowsAndReseal, printout, rechain, verify, withOnlyTheKey } from './support/tamper';
import { RECORD_TEXT, editTrailValues } from '../support/stored-json';

/**
 * An insider holding only the database key (a recovery key) edits the register file behind the
 * app's back: cuts the trail short, removes a breach with its entries, rewrites and re-chains the
 * whole trail, or puts an older copy of the file back. Each attack is made as well as the key
 * allows: what was changed is resealed with the app's own digests and the chain recomputed, so the
 * trail and the rows verify on their own; the fingerprint kept outside the file, and one typed
 * from a printout, must each catch it.
 */
describe('the register fingerprint against someone with only the database key', () => {
  let register: TestRegister;
  let firstIncident: Incident;
  let lastIncident: Incident;
  /** The fingerprint printed on a document before the tampering. */
  let printed = '';

  async function create(title: string, at: string): Promise<Incident> {
    register.clock.now = new Date(at);
    return expectOk(await register.dispatch('incident:create', { title, awareAt: '2026-11-20T10:00:00.000Z' })) as Incident;
  }

  beforeEach(async () => {
    register = makeTestRegister();
    await register.signIn();
    firstIncident = await create('Email to the wrong client', '2026-11-21T09:00:00.000Z');
    await create('Stolen laptop', '2026-11-22T09:00:00.000Z');
    register.clock.now = new Date('2026-11-23T09:00:00.000Z');
    expectOk(await register.dispatch('incident:update', { id: firstIncident.id, changes: { whatHappened: 'Payroll sent to Acme instead of Acne' } }));
    lastIncident = await create('Ransomware on the file server', '2026-11-24T09:00:00.000Z');
    const before = await verify(register);
    expect(before).toMatchObject({ intact: true, anchor: { state: 'matches', level: 'ok' } });
    printed = printout(before);
  });
  afterEach(() => register.cleanup());

  /** The whole trail rewritten as the app would have written it had the record said "nobody": payloads, rows' seals and chain. */
  function rewriteAndRechain(db: Db): void {
    changeRowsAndReseal(db, () => {
      expect(editTrailValues(db, "field = 'whatHappened'", (json) => json.replaceAll('Acme instead of Acne', 'nobody'))).toBe(1);
      db.exec(`UPDATE incident_record SET record_json = replace(${RECORD_TEXT}, 'Acme instead of Acne', 'nobody'), record_packed = NULL`);
    });
    rechain(db);
  }

  function expectAlarm(result: AnchoredVerifyResult, words: RegExp): void {
    expect(result.intact).toBe(false);
    expect(result.anchor).toMatchObject({ state: 'mismatch', level: 'alarm' });
    expect(result.anchor.message).toMatch(words);
  }

  it('matches untouched, and a typed fingerprint from the printout matches in any of the ways people type it', async () => {
    const result = await verify(register, printed);
    expect(result.typedFingerprint).toMatchObject({ state: 'matches' });
    const { entry, hash } = result.fingerprint ?? { entry: 0, hash: '' };
    for (const typed of [
      `Register fingerprint: entry ${entry.toLocaleString('en-GB')}, ${hash.slice(0, 16).toUpperCase()}`,
      `${entry} ${hash.slice(0, 24)}`,
      `${entry}, ${hash.slice(0, 4)} ${hash.slice(4, 8)} ${hash.slice(8, 20)}…`,
      `${entry}:${hash}`,
    ]) {
      expect((await verify(register, typed)).typedFingerprint, typed).toMatchObject({ state: 'matches', entry });
    }
  });

  it('refuses nonsense typed as a fingerprint, with the reason, and changes nothing', async () => {
    const head = (await verify(register)).fingerprint;
    for (const [typed, reason] of [
      ['hello', /as it is printed/],
      ['entry 12, 9f3a 61c0', /at least the first 16/],
      ['entry 0, 9f3a61c0b2d477e19f3a61c0', /1 or more/],
      ['entry 3, 9f3a61c0b2d477e1zz', /as it is printed/],
      ['x'.repeat(5000), /much shorter/],
    ] as const) {
      const error = expectError(await register.dispatch('register:verify', { fingerprint: typed }));
      expect(error.code).toBe('invalid_input');
      expect(error.message, typed.slice(0, 20)).toMatch(reason);
    }
    expect(expectError(await register.dispatch('register:verify', { fingerprint: 42 })).code).toBe('invalid_input');
    expect((await verify(register)).fingerprint).toEqual(head);
  });

  it('catches the newest entries deleted (the guards dropped first)', async () => {
    withOnlyTheKey(register, (db) => db.prepare('DELETE FROM audit_entry WHERE id > (SELECT max(id) - 2 FROM audit_entry)').run());
    const result = await verify(register, printed);
    // The newest breach's rows were sealed by an earlier entry than the two cut: the trail alone finds nothing.
    expect(result.firstBadEntry).toBeNull();
    expect(result.problems).toEqual([]);
    expectAlarm(result, /cut short/);
    expect(result.typedFingerprint).toMatchObject({ state: 'not-in-register' });
  });

  it('catches a breach deleted together with its trail entries and the reference counter put back, which the trail alone cannot see', async () => {
    withOnlyTheKey(register, (db) => {
      changeRowsAndReseal(db, () => {
        db.prepare('DELETE FROM audit_entry WHERE incident_id = ?').run(lastIncident.id);
        db.prepare('DELETE FROM incident_search WHERE rowid = ?').run(lastIncident.id);
        db.prepare('DELETE FROM incident_record WHERE incident_id = ?').run(lastIncident.id);
        db.prepare('DELETE FROM incident WHERE id = ?').run(lastIncident.id);
        // The counter as the previous breach's entry sealed it, as if the breach had never been recorded.
        db.prepare('UPDATE reference_counter SET last_number = last_number - 1').run();
      });
      rechain(db);
    });
    expect(expectError(await register.dispatch('incident:get', { id: lastIncident.id })).code).toBe('not_found');
    const result = await verify(register, printed);
    // The trail and every row agree: the trail alone finds nothing.
    expect(result.firstBadEntry).toBeNull();
    expect(result.problems).toEqual([]);
    expect(result.recordsNotMatchingTrail).toEqual([]);
    expectAlarm(result, /cut short/);
    expect(result.typedFingerprint).toMatchObject({ state: 'not-in-register' });
  });

  it('catches the whole trail rewritten and re-chained, with the record and its sealed digests changed to match', async () => {
    withOnlyTheKey(register, rewriteAndRechain);
    expect(JSON.stringify(expectOk(await register.dispatch('incident:get', { id: firstIncident.id })))).toMatch(/Payroll sent to nobody/);
    const result = await verify(register, printed);
    // The trail and the records agree with each other: only the fingerprints can tell.
    expect(result.firstBadEntry).toBeNull();
    expect(result.problems).toEqual([]);
    expect(result.recordsNotMatchingTrail).toEqual([]);
    expectAlarm(result, /rewritten/);
    expect(result.typedFingerprint).toMatchObject({ state: 'differs' });
  });

  it('catches the file rolled back to an older copy', async () => {
    register.session.close();
    const older = join(register.dir, 'older-copy.db');
    copyFileSync(register.databasePath, older);
    register.reopen();
    await register.signIn();
    await create('Letters posted to old addresses', '2026-11-25T09:00:00.000Z');
    const newer = printout(await verify(register));
    register.session.close();
    for (const sidecar of sidecarPaths(register.databasePath)) expect(existsSync(sidecar)).toBe(false);
    copyFileSync(older, register.databasePath);
    register.reopen();
    const result = await verify(register, newer);
    expectAlarm(result, /older copy/);
    expect(result.typedFingerprint).toMatchObject({ state: 'not-in-register' });
  });

  it('cannot see a rewrite of the file AND the kept fingerprint (someone with the account and its key store), but a printout can', async () => {
    if (register.keySource.kind !== 'key-store' || !register.keySource.anchor) throw new Error('the test key store keeps a fingerprint');
    const keyStore = register.keySource.anchor;
    withOnlyTheKey(register, rewriteAndRechain);
    // They also hold the key store: a fresh, valid kept fingerprint of the rewritten trail.
    register.session.close();
    const db = openDatabase(register.databasePath, { kind: 'raw', bytes: register.keyBytes }, { create: false });
    const head = readTrailHead(db);
    db.close();
    await keyStore.store(encodeAnchor({ head, writtenAt: register.clock.now.toISOString(), history: [] }));
    register.reopen();
    const result = await verify(register, printed);
    expect(result).toMatchObject({ intact: true, problems: [], anchor: { state: 'matches', level: 'ok' } });
    expect(result.typedFingerprint).toMatchObject({ state: 'differs' });
  });

  it('keeps the alarm after the person goes on working: a later write does not launder the cut', async () => {
    withOnlyTheKey(register, (db) => db.prepare('DELETE FROM audit_entry WHERE id > (SELECT max(id) - 2 FROM audit_entry)').run());
    await register.signIn();
    await create('A new breach after the cut', '2026-11-26T09:00:00.000Z');
    register.reopen();
    await register.signIn();
    await create('And another, next day', '2026-11-27T09:00:00.000Z');
    const result = await verify(register, printed);
    expect(result.intact).toBe(false);
    expect(result.anchor.level).toBe('alarm');
    expect(result.anchor.message).toMatch(/found: The audit trail has been cut short/);
    expect(result.anchor.history.filter((f) => f.level === 'alarm')).toHaveLength(1);
    // The typed fingerprint is compared with the trail itself: the cut entry is now another entry.
    expect(result.typedFingerprint).toMatchObject({ state: 'differs' });
  });

  it('calls a restore a restore: the fingerprint moves to the restored register, earlier alarms become notes', async () => {
    const folder = makeTempDir('breachlog-anchor-backups-');
    try {
      const made = expectOk(await register.dispatch('backup:create', { folder: folder.path })) as BackupResult;
      await create('After the backup', '2026-11-26T09:00:00.000Z');
      withOnlyTheKey(register, (db) => db.prepare('DELETE FROM audit_entry WHERE id = (SELECT max(id) FROM audit_entry)').run());
      await register.signIn();
      expect((await verify(register)).anchor.level).toBe('alarm');
      expectOk(await checkAndRestore(register.dispatch, { file: made.path }));
      const result = await verify(register, printed);
      expect(result).toMatchObject({ intact: true, anchor: { state: 'matches', level: 'ok' }, typedFingerprint: { state: 'matches' } });
      expect(result.anchor.history.map((f) => f.level)).toEqual(['note', 'note']);
      expect(result.anchor.history.at(-1)?.message).toMatch(/Restored from the backup breachlog-backup-/);
      register.reopen();
      expect((await verify(register)).anchor).toMatchObject({ state: 'matches', level: 'ok' });
    } finally {
      folder.remove();
    }
  });
});

describe('restoring a backup edited since it was made', () => {
  it('is told apart by the fingerprint written beside the backup, and kept as an alarm', async () => {
    const register = makeTestRegister();
    const folder = makeTempDir('breachlog-anchor-backups-');
    try {
      await register.signIn();
      expectOk(await register.dispatch('incident:create', { title: 'Payroll sent to Acme', awareAt: '2026-11-20T10:00:00.000Z' }));
      const made = expectOk(await register.dispatch('backup:create', { folder: folder.path })) as BackupResult;
      // With only the key: the backup's rows, their sealed digests and its trail rewritten and
      // re-chained, so it verifies on its own and passes the restore's checks; its .fingerprint left as it was.
      const db = openDatabase(made.path, { kind: 'raw', bytes: register.keyBytes }, { create: false });
      db.exec('DROP TRIGGER audit_entry_no_update');
      changeRowsAndReseal(db, () => {
        expect(editTrailValues(db, '1', (json) => json.replaceAll('Acme', 'nobody'))).toBeGreaterThan(0);
        db.exec(`UPDATE incident_record SET record_json = replace(${RECORD_TEXT}, 'Acme', 'nobody'), record_packed = NULL`);
        db.exec(`UPDATE incident SET title = replace(title, 'Acme', 'nobody')`);
      });
      rechain(db);
      db.pragma('journal_mode=DELETE');
      db.close();
      const checked = expectOk(await register.dispatch('backup:check', { file: made.path })) as { auditHead: string | null };
      expectOk(await register.dispatch('backup:restore', { file: made.path, confirmedHead: checked.auditHead }));
      expect(await incidentTitles(register)).toEqual(['Payroll sent to nobody']);
      const result = await verify(register);
      // The restored trail and rows agree with each other: only the fingerprint beside the backup can tell.
      expect(result.problems).toEqual([]);
      expect(result.intact).toBe(false);
      expect(result.anchor).toMatchObject({ level: 'alarm', message: expect.stringMatching(/This backup has been changed since it was made/) });
    } finally {
      register.cleanup();
      folder.remove();
    }
  });
});

describe('the kept fingerprint itself', () => {
  let register: TestRegister;
  let store: WrappedRecordStore;

  beforeEach(async () => {
    register = makeTestRegister();
    if (register.keySource.kind !== 'key-store' || !register.keySource.anchor) throw new Error('the test key store keeps a fingerprint');
    store = register.keySource.anchor;
    await register.signIn();
    expectOk(await register.dispatch('incident:create', { title: 'First', awareAt: '2026-11-20T10:00:00.000Z' }));
  });
  afterEach(() => register.cleanup());

  async function writeAndPutBack(writes: number): Promise<void> {
    const kept = await store.load();
    for (let i = 0; i < writes; i += 1) {
      register.clock.now = new Date(register.clock.now.getTime() + 60_000);
      expectOk(await register.dispatch('incident:create', { title: `Later ${i}`, awareAt: '2026-11-20T10:00:00.000Z' }));
    }
    // As if the process had been killed after the commits but before the fingerprint was written.
    if (kept) await store.store(kept);
    register.reopen();
    await register.signIn();
  }

  it('one change behind (a sudden stop between the commit and the write): nothing alarming, brought up to date', async () => {
    await writeAndPutBack(1);
    const result = await verify(register);
    expect(result).toMatchObject({ intact: true, anchor: { state: 'caught-up', level: 'ok', history: [] } });
    register.reopen();
    expect((await verify(register)).anchor).toMatchObject({ state: 'matches', level: 'ok' });
  });

  it('further behind (entries added while Breachlog was not keeping it): a warning, kept in the history', async () => {
    await writeAndPutBack(2);
    const result = await verify(register);
    expect(result.intact).toBe(true);
    expect(result.anchor).toMatchObject({ state: 'behind', level: 'warning' });
    expect(result.anchor.message).toMatch(/6 entries \(4 to 9, written .*\) were added while Breachlog was not keeping the fingerprint/);
    register.reopen();
    const later = await verify(register);
    expect(later.anchor).toMatchObject({ state: 'matches', level: 'ok' });
    expect(later.anchor.history).toMatchObject([{ level: 'warning', state: 'behind' }]);
  });

  it('emptied: an alarm', async () => {
    await store.store(Buffer.alloc(0));
    register.reopen();
    expect(await verify(register)).toMatchObject({ intact: false, anchor: { state: 'damaged', level: 'alarm' } });
  });

  it('replaced by something that is not a fingerprint record, or edited: an alarm', async () => {
    const kept = (await store.load()) ?? Buffer.alloc(0);
    const edited = Buffer.from(kept.toString('utf8').replace(/(\\"entry\\":)(\d+)/, (_all, key: string, n: string) => `${key}${Number(n) + 1}`), 'utf8');
    expect(edited.equals(kept)).toBe(false);
    await store.store(edited);
    register.reopen();
    expect((await verify(register)).anchor).toMatchObject({ state: 'damaged', level: 'alarm', message: expect.stringMatching(/check code/) });
  });
});

describe('a register written without Breachlog keeping its fingerprint (an earlier version)', () => {
  it('has none kept: a warning that says what it may mean, and one is kept from then on', async () => {
    const register = makeTestRegister();
    try {
      // The services directly, not through the operations: nothing keeps the fingerprint.
      await register.session.setUser('Zoë Ødegård');
      const { register: service } = await register.session.services();
      service.create({ ...EMPTY_INCIDENT_FIELDS, title: 'Before fingerprints' });
      register.reopen();
      const result = await verify(register);
      expect(result.intact).toBe(true);
      expect(result.anchor).toMatchObject({ state: 'missing', level: 'warning' });
      expect(result.anchor.message).toMatch(/did not keep one, or the fingerprint was deleted/);
      register.reopen();
      expect((await verify(register)).anchor).toMatchObject({ state: 'matches', history: [{ state: 'missing', level: 'warning' }] });
    } finally {
      register.cleanup();
    }
  });
});

describe('a register with no key store (passphrase only)', () => {
  it('keeps the fingerprint in a plain file beside the register, and catches a cut trail with it', async () => {
    const register = makeTestRegister({ keySource: { kind: 'passphrase' } });
    try {
      expectOk(await register.dispatch('session:unlock', { passphrase: 'correct horse battery staple' }));
      await register.signIn();
      expectOk(await register.dispatch('incident:create', { title: 'First', awareAt: '2026-11-20T10:00:00.000Z' }));
      register.clock.now = new Date('2026-11-25T10:00:00.000Z');
      expectOk(await register.dispatch('incident:create', { title: 'Second', awareAt: '2026-11-20T10:00:00.000Z' }));
      const before = await verify(register);
      expect(before.anchor).toMatchObject({ state: 'matches', keptIn: `the file ${PLAIN_ANCHOR_FILE_NAME} beside the register` });
      expect(existsSync(join(register.dir, PLAIN_ANCHOR_FILE_NAME))).toBe(true);

      register.session.close();
      const db = openDatabase(register.databasePath, { kind: 'passphrase', passphrase: 'correct horse battery staple' }, { create: false });
      db.exec('DROP TRIGGER audit_entry_no_delete');
      db.prepare('DELETE FROM audit_entry WHERE id = (SELECT max(id) FROM audit_entry)').run();
      db.close();
      register.reopen();
      expectOk(await register.dispatch('session:unlock', { passphrase: 'correct horse battery staple' }));
      const result = await verify(register, printout(before));
      expect(result).toMatchObject({ intact: false, anchor: { state: 'mismatch' }, typedFingerprint: { state: 'not-in-register' } });
    } finally {
      register.cleanup();
    }
  });
});

describe('changes that rewrite the file but not the trail', () => {
  it('raise no alarm: a passphrase on top, a passphrase alone, a new passphrase, and back to the key store', { timeout: 60_000 }, async () => {
    const FIRST = 'a long first passphrase';
    const SECOND = 'a long second passphrase';
    const register = makeTestRegister();
    try {
      await register.signIn();
      expectOk(await register.dispatch('incident:create', { title: 'Kept through every change', awareAt: '2026-11-20T10:00:00.000Z' }));
      const start = (await verify(register)).fingerprint;
      const expectQuiet = async (step: string) => {
        const result = await verify(register);
        expect(result.anchor, step).toMatchObject({ state: 'matches', level: 'ok', history: [] });
        expect(result.intact, step).toBe(true);
        register.reopen();
        const status = expectOk(await register.dispatch('session:status', {})) as { state: string };
        if (status.state === 'needs_passphrase') expectOk(await register.dispatch('session:unlock', { passphrase: step.includes('second') ? SECOND : FIRST }));
        await register.signIn();
        const reopened = await verify(register);
        expect(reopened.anchor, `${step}, reopened`).toMatchObject({ state: 'matches', level: 'ok', history: [] });
        expect(reopened.fingerprint?.entry, step).toBeGreaterThanOrEqual(start?.entry ?? 0);
      };
      expectOk(await register.dispatch('security:set-unlock-mode', { mode: 'key-store-and-passphrase', next: FIRST }));
      await expectQuiet('passphrase on top (first)');
      expectOk(await register.dispatch('security:set-unlock-mode', { mode: 'passphrase', current: FIRST, next: FIRST }));
      await expectQuiet('passphrase alone (first)');
      expectOk(await register.dispatch('security:change-passphrase', { current: FIRST, next: SECOND }));
      await expectQuiet('passphrase alone (second)');
      expectOk(await register.dispatch('security:set-unlock-mode', { mode: 'key-store', current: SECOND }));
      await expectQuiet('key store alone');
    } finally {
      register.cleanup();
    }
  });
});
