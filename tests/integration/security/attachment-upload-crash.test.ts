import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryKeySource } from '../../../electron/preview/file-key-source';
import { openReader } from '../../../electron/services/database/open-database';
import { RegisterSession } from '../../../electron/services/register-session';
import { makeTempDir } from '../support/temp-dir';
import { runChild, sleep } from './support/ts-child';

/**
 * Must be true 2: a kill -9 during an upload leaves no partial attachment and no orphaned chunks.
 * The real service in a child adds files piece by piece and is killed with SIGKILL at random
 * moments (mid-upload, almost always); after each kill the register is opened as the app opens
 * it: every finished file is whole and matches its fingerprint, nothing unfinished is left.
 */
const KILLS = 12;

describe('an upload killed with SIGKILL', () => {
  let dir: ReturnType<typeof makeTempDir>;
  const key = randomBytes(32);

  beforeAll(() => {
    dir = makeTempDir('breachlog-attach-crash-');
  });
  afterAll(() => dir.remove());

  it(`leaves no partial attachment and no orphaned chunks across ${KILLS} kills`, { timeout: 600_000 }, async () => {
    const path = join(dir.path, 'register.db');
    const finished = new Map<number, string>();
    let killedMidUpload = 0;
    let runsWithLeftovers = 0;
    for (let run = 0; run < KILLS; run += 1) {
      const child = await runChild('attachment-writer-child.ts', { REGISTER_PATH: path, REGISTER_KEY_HEX: key.toString('hex') });
      await child.waitForLine((line) => line === 'ready');
      await sleep(50 + Math.random() * 600);
      await child.kill();
      expect(child.stderr()).toBe('');
      const last = child.lines.at(-1) ?? '';
      if (last === 'piece') killedMidUpload += 1;
      for (const line of child.lines) {
        const added = /^added (\d+) ([0-9a-f]{64})/.exec(line);
        if (added) finished.set(Number(added[1]), added[2] ?? '');
      }

      // Before the app opens it: the killed upload's pieces are still in the file, never as an attachment.
      const reader = openReader(path, { kind: 'raw', bytes: key });
      try {
        const leftover = reader.prepare<[], number>("SELECT count(*) FROM attachment_chunk c JOIN attachment_content u ON u.id = c.content_id WHERE u.state = 'uploading'").pluck().get() ?? 0;
        if (leftover > 0) runsWithLeftovers += 1;
        expect(reader.prepare<[], number>('SELECT count(*) FROM attachment WHERE content_id IN (SELECT id FROM attachment_content WHERE state = \'uploading\')').pluck().get()).toBe(0);
      } finally {
        reader.close();
      }
      const session = new RegisterSession(path, memoryKeySource(key));
      try {
        const { db } = await session.services();
        const count = (sql: string) => db.prepare<[], number>(sql).pluck().get();
        expect(db.pragma('integrity_check', { simple: true }), `after kill ${run}`).toBe('ok');
        expect(count("SELECT count(*) FROM attachment_content WHERE state = 'uploading'"), `after kill ${run}`).toBe(0);
        expect(count('SELECT count(*) FROM attachment_chunk WHERE content_id NOT IN (SELECT content_id FROM attachment)'), `after kill ${run}`).toBe(0);
        expect(count('SELECT count(*) FROM attachment_content WHERE id NOT IN (SELECT content_id FROM attachment)')).toBe(0);
        const rows = db.prepare<[], { id: number; sha256: string }>('SELECT id, sha256 FROM attachment ORDER BY id').all();
        // Every file the child finished is there with its fingerprint (one finished just before the kill may not have been printed).
        for (const [id, sha256] of finished) expect(rows.find((row) => row.id === id)?.sha256, `file ${id} after kill ${run}`).toBe(sha256);
        expect(rows.length - finished.size).toBeLessThanOrEqual(run + 1);
        const { register } = await session.services();
        // Verify hashes every stored file: a finished one cut short would fail here.
        expect(register.verify(), `verify after kill ${run}`).toMatchObject({ intact: true, problems: [] });
      } finally {
        session.close();
      }
    }
    console.log(`[attachment kill test] ${KILLS} kills, ${killedMidUpload} between or inside pieces of an upload; ${finished.size} finished files intact; ${runsWithLeftovers} left pieces that the next opening cleared`);
    expect(killedMidUpload).toBeGreaterThan(KILLS / 2);
    // The kills really did cut uploads short: the clearing at opening had work to do.
    expect(runsWithLeftovers).toBeGreaterThan(0);
  });
});
