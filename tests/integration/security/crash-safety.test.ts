import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryKeySource } from '../../../electron/preview/file-key-source';
import { RegisterSession } from '../../../electron/services/register-session';
import { makeTempDir } from '../support/temp-dir';
import { runChild, sleep } from './support/ts-child';

/**
 * Issue 7, "crash safety": the real RegisterService in a child process writes a stream of changes
 * and prints each one once the service has returned. The child is killed with SIGKILL at random
 * moments, again and again on the same register; after every kill the register must pass the
 * integrity check, hold every acknowledged change, and have an audit trail that verifies.
 */
const KILLS = 24;

describe('a writer killed mid-stream', () => {
  let dir: ReturnType<typeof makeTempDir>;
  const key = randomBytes(32);

  beforeAll(() => {
    dir = makeTempDir('breachlog-crash-');
  });
  afterAll(() => dir.remove());

  it(`loses no acknowledged change across ${KILLS} SIGKILLs`, { timeout: 600_000 }, async () => {
    const path = join(dir.path, 'register.db');
    const acknowledged = new Map<string, string>();
    let acknowledgedTotal = 0;
    const delays: number[] = [];
    for (let run = 0; run < KILLS; run += 1) {
      const child = await runChild('writer-child.ts', { REGISTER_PATH: path, REGISTER_KEY_HEX: key.toString('hex'), RUN: String(run) });
      await child.waitForLine((line) => line === 'ready');
      const delay = 10 + Math.random() * 300;
      delays.push(Math.round(delay));
      await sleep(delay);
      await child.kill();
      expect(child.stderr()).toBe('');
      for (const line of child.lines) {
        const created = /^created (\d+) (.+)$/.exec(line);
        if (created) acknowledged.set(`title:${created[1]}`, created[2] ?? '');
        const updated = /^updated (\d+) (.+)$/.exec(line);
        if (updated) acknowledged.set(`whatHappened:${updated[1]}`, updated[2] ?? '');
        if (created || updated) acknowledgedTotal += 1;
      }

      const session = new RegisterSession(path, memoryKeySource(key));
      try {
        const { db, register } = await session.services();
        expect(db.pragma('integrity_check', { simple: true }), `after kill ${run}`).toBe('ok');
        for (const [field, value] of acknowledged) {
          const [name, id] = field.split(':') as ['title' | 'whatHappened', string];
          expect(register.get(Number(id))[name], `${field} after kill ${run}`).toBe(value);
        }
        const verified = register.verify();
        expect(verified.intact, `audit chain after kill ${run}`).toBe(true);
      } finally {
        session.close();
      }
    }
    console.log(`[crash test] ${KILLS} kills at ${delays.join(', ')} ms after start; ${acknowledgedTotal} acknowledged changes, all present`);
    expect(acknowledgedTotal).toBeGreaterThan(KILLS);
  });
});
