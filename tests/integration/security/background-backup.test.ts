import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackupProgress, BackupResult } from '../../../shared/contract/security-operations';
import type { VerifyResult } from '../../../shared/audit';
import { PDF_HEAD, upload } from '../attachments/support/upload';
import { makeTempDir } from '../support/temp-dir';
import { makeTestRegister } from '../support/test-register';
import type { TestRegister } from './support/security-helpers';
import { addIncidents, expectError, expectOk, inspectFile } from './support/security-helpers';
import { RECORD_TEXT } from '../support/stored-json';
import type { Db } from '../../../electron/services/database/open-database';

/**
 * A backup runs on its own thread: the app answers while it is made, it reports how far it has
 * got, it can be cancelled (leaving no file behind), and a change saved while the copy is made
 * never gives a backup proved against facts it does not hold.
 */
describe('a backup made off the main thread', () => {
  let register: TestRegister;
  let folder: ReturnType<typeof makeTempDir>;

  /** Wait until this backup has started (its key is fetched first). */
  async function started(): Promise<BackupProgress> {
    for (let i = 0; i < 400; i += 1) {
      const progress = expectOk(await register.dispatch('backup:progress', {})) as BackupProgress;
      if (progress.state !== 'idle') return progress;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    throw new Error('The backup never started');
  }

  beforeEach(async () => {
    register = makeTestRegister();
    folder = makeTempDir('breachlog-backups-');
    await register.signIn();
    await addIncidents(register, 40, 'backed up while working');
  });
  afterEach(() => {
    register.cleanup();
    folder.remove();
  });

  it('keeps answering requests and reports its progress while it runs, then names the proved file', async () => {
    const stalls = monitorEventLoopDelay({ resolution: 5 });
    stalls.enable();
    const pending = register.dispatch('backup:create', { folder: folder.path });
    const early = await started();
    expect(early).toMatchObject({ state: 'running' });
    // Asked while it runs (its thread cannot have started, let alone finished, in this time): answered.
    expect(expectOk(await register.dispatch('incident:list', {}))).toMatchObject({ total: 40 });
    expect(expectOk(await register.dispatch('backup:progress', {}))).toMatchObject({ state: 'running' });
    const seen: BackupProgress[] = [early];
    let settled = false;
    void pending.then(() => (settled = true));
    while (!settled) {
      seen.push(expectOk(await register.dispatch('backup:progress', {})) as BackupProgress);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    stalls.disable();
    const made = expectOk(await pending) as BackupResult;
    const fractions = seen.filter((progress) => progress.state === 'running').map((progress) => progress.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(expectOk(await register.dispatch('backup:progress', {}))).toMatchObject({ state: 'done', fraction: 1 });
    expect(readdirSync(folder.path).sort()).toEqual([made.fileName, `${made.fileName}.fingerprint`]);
    expect(inspectFile(made.path, { kind: 'raw', bytes: register.keyBytes })).toMatchObject({ integrity: 'ok' });
    // Not a timing target (those are in the bench): the loop is never held for a whole backup.
    expect(stalls.max / 1e6).toBeLessThan(2_000);
  });

  it('saves a change asked for during the backup at once, and the backup holds a register its own trail proves', async () => {
    const settled: string[] = [];
    const pending = register.dispatch('backup:create', { folder: folder.path }).finally(() => settled.push('backup'));
    await started();
    const saving = register.dispatch('incident:create', { title: 'Saved during the backup' }).finally(() => settled.push('save'));
    expectOk(await saving);
    const made = expectOk(await pending) as BackupResult;
    // Not held until the backup was done: the save answered first.
    expect(settled).toEqual(['save', 'backup']);
    const copy = inspectFile(made.path, { kind: 'raw', bytes: register.keyBytes });
    expect(copy.integrity).toBe('ok');
    expect(copy.titles).toHaveLength(made.incidents);
    expect(expectOk(await register.dispatch('incident:list', {}))).toMatchObject({ total: 41 });
    const verify = expectOk(await register.dispatch('register:verify', {})) as VerifyResult;
    expect(verify.intact).toBe(true);
  });

  it('refuses to remove evidence while a backup runs (the removal rewrites the file), changing nothing, and removes it after', async () => {
    const incident = expectOk(await register.dispatch('incident:list', {})) as { items: { id: number }[] };
    const incidentId = incident.items[0]?.id ?? 0;
    const attachment = expectOk(await upload(register.dispatch, incidentId, 'reply.pdf', Buffer.concat([PDF_HEAD, Buffer.alloc(2_000, 32)]))) as { id: number };
    const pending = register.dispatch('backup:create', { folder: folder.path });
    await started();
    const refused = expectError(await register.dispatch('attachment:remove', { id: attachment.id, reason: 'Sent in error' }));
    expect(refused.message).toBe('A backup is being made. Wait for it to finish (or cancel it), then try again; nothing has been changed.');
    expect(expectOk(await register.dispatch('attachment:list', { incidentId }))).toHaveLength(1);
    expectOk(await pending);
    expectOk(await register.dispatch('attachment:remove', { id: attachment.id, reason: 'Sent in error' }));
    expect(expectOk(await register.dispatch('attachment:list', { incidentId }))).toHaveLength(0);
  });

  it('stops when cancelled, says so, and leaves no partial or named file, then or later', async () => {
    const pending = register.dispatch('backup:create', { folder: folder.path });
    await started();
    expect(expectOk(await register.dispatch('backup:cancel', {}))).toEqual({ cancelled: true });
    // Said at once, while the request waits for the thread to stop.
    expect(expectOk(await register.dispatch('backup:progress', {}))).toMatchObject({ state: 'cancelled' });
    const error = expectError(await pending);
    expect(error.code).toBe('cancelled');
    expect(error.message).toBe('The backup was cancelled. No backup was written, and the partial copy has been removed.');
    // True when it is said: nothing is left, and nothing appears later.
    expect(readdirSync(folder.path)).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(readdirSync(folder.path)).toEqual([]);
    expect(expectOk(await register.dispatch('backup:cancel', {}))).toEqual({ cancelled: false });
    // And the next backup works.
    const made = expectOk(await register.dispatch('backup:create', { folder: folder.path })) as BackupResult;
    expect(made.incidents).toBe(40);
  });

  it.skipIf(process.platform === 'win32')(
    `answers a cancel mid-copy at once, with the copy gone, while the thread stops in its own time; until then nothing rewrites the file${
      process.platform === 'win32' ? ' (skipped: Windows cannot remove a file a thread still has open, so there the cancel waits for the thread, as the test above checks)' : ''
    }`,
    { timeout: 120_000 },
    async () => {
      // Bulk (about 60 MB) so that the copy is still being written when the cancel comes.
      const { db } = await register.session.services();
      db.exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)
               INSERT INTO draft (key, values_json, saved_at) SELECT 'bulk-' || i, hex(randomblob(10000)), 'x' FROM n`);
      const incident = expectOk(await register.dispatch('incident:list', {})) as { items: { id: number }[] };
      const incidentId = incident.items[0]?.id ?? 0;
      const attachment = expectOk(await upload(register.dispatch, incidentId, 'reply.pdf', Buffer.concat([PDF_HEAD, Buffer.alloc(2_000, 32)]))) as { id: number };
      const pending = register.dispatch('backup:create', { folder: folder.path });
      await started();
      // The copy has begun: its hidden folder holds a file that grows.
      for (let i = 0; i < 2_000 && !readdirSync(folder.path).some((name) => readdirSync(join(folder.path, name)).length > 0); i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      expect(expectOk(await register.dispatch('backup:cancel', {}))).toEqual({ cancelled: true });
      const error = expectError(await pending);
      expect(error.message).toBe('The backup was cancelled. No backup was written, and the partial copy has been removed.');
      expect(readdirSync(folder.path)).toEqual([]);
      // Answered before the thread could leave its one long SQLite call: it still holds its snapshot.
      const refused = expectError(await register.dispatch('attachment:remove', { id: attachment.id, reason: 'Sent in error' }));
      expect(refused.message).toBe('The backup that was cancelled is still stopping. Try again in a moment; nothing has been changed.');
      expect(expectOk(await register.dispatch('attachment:list', { incidentId }))).toHaveLength(1);
      // Once it has stopped: nothing appeared, and the removal goes ahead.
      let removed = await register.dispatch('attachment:remove', { id: attachment.id, reason: 'Sent in error' });
      for (let i = 0; i < 600 && !removed.ok; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        removed = await register.dispatch('attachment:remove', { id: attachment.id, reason: 'Sent in error' });
      }
      expectOk(removed);
      expect(readdirSync(folder.path)).toEqual([]);
    },
  );

  // The chain and the rows are proved on a thread each: either one finding fault refuses the copy.
  for (const [what, tamperWith, named] of [
    [
      'a record edited behind the app’s back',
      (db: Db, id: number) => db.prepare(`UPDATE incident_record SET record_json = json_set(${RECORD_TEXT}, '$.whatHappened', 'Quietly rewritten'), record_packed = NULL WHERE incident_id = ?`).run(id),
      /“whatHappened” has been changed outside Breachlog/,
    ],
    [
      'a trail entry edited with its trigger dropped',
      (db: Db) => db.exec("DROP TRIGGER audit_entry_no_update; UPDATE audit_entry SET actor = 'Someone else' WHERE id = 2"),
      /Its time, author, record, field or the rows it vouches for have been changed/,
    ],
  ] as const) {
    it(`refuses, and removes, a copy whose trail does not verify (${what}): the trail’s threads say so`, async () => {
      const { db } = await register.session.services();
      const [first] = (expectOk(await register.dispatch('incident:list', {})) as { items: { id: number }[] }).items;
      tamperWith(db, first?.id ?? 0);
      const error = expectError(await register.dispatch('backup:create', { folder: folder.path }));
      expect(error.code).toBe('database_damaged');
      expect(error.message).toMatch(/^The backup written to .* did not pass its check \(This backup does not verify against its audit trail, so it cannot be trusted/);
      expect(error.message).toMatch(named);
      expect(readdirSync(folder.path)).toEqual([]);
      expect(expectOk(await register.dispatch('backup:progress', {}))).toMatchObject({ state: 'failed' });
    });
  }

  it('when the services shut down mid-backup, its thread has stopped and its partial copy is gone before they have', async () => {
    const pending = register.dispatch('backup:create', { folder: folder.path });
    await started();
    // What the preview (and a test's app) does when it closes, before the data folder is let go and removed.
    await register.session.shutdown();
    expect(readdirSync(folder.path)).toEqual([]);
    expect(expectError(await pending).code).toBe('cancelled');
    // Removing the folders now, as a test's teardown does, leaves no thread to find them gone.
    folder.remove();
    await new Promise((resolve) => setTimeout(resolve, 300));
  });

  it('refuses a second backup asked for during the first (a double click makes one), and changes nothing', async () => {
    const first = register.dispatch('backup:create', { folder: folder.path });
    const second = register.dispatch('backup:create', { folder: folder.path });
    const refused = expectError(await second);
    expect(refused.message).toBe('A backup is already being made. Wait for it to finish, or cancel it.');
    const made = expectOk(await first) as BackupResult;
    expect(readdirSync(folder.path).filter((name) => name.endsWith('.db'))).toEqual([made.fileName]);
  });
});
