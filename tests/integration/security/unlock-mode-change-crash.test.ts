import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileKeySource } from '../../../electron/preview/file-key-source';
import { RegisterSession } from '../../../electron/services/register-session';
import { EMPTY_INCIDENT_FIELDS } from '../../../shared/incident';
import { makeTempDir } from '../support/temp-dir';
import { runChild, sleep } from './support/ts-child';

/**
 * Issue 7: moving from the key store to a passphrase alone re-encrypts the register. A child
 * process makes the move and is killed with SIGKILL at random moments; every time, a fresh start
 * must open the register — with the key store (the move had not happened) or with the new
 * passphrase (it had) — intact and with every row.
 */
const PASSPHRASE = 'the passphrase chosen instead';
const ROWS = 40;
const KILLS = 24;

describe('moving from the key store to a passphrase', () => {
  let dir: ReturnType<typeof makeTempDir>;
  const fixture = () => join(dir.path, 'fixture.db');
  const fixtureKey = () => join(dir.path, 'fixture.key');

  beforeAll(async () => {
    dir = makeTempDir('breachlog-mode-');
    const session = new RegisterSession(fixture(), fileKeySource(fixtureKey()), () => new Date('2026-11-25T09:00:00.000Z'));
    await session.status();
    await session.setUser('Mode Test');
    const { register } = await session.services();
    for (let i = 0; i < ROWS; i += 1) {
      const incident = register.create({ ...EMPTY_INCIDENT_FIELDS, title: `row ${i}` });
      register.update(incident.id, { whatHappened: 'x'.repeat(2000) });
    }
    session.close();
  });
  afterAll(() => dir.remove());

  it(`survives SIGKILL at ${KILLS} moments: a fresh start opens it one way or the other, intact, no rows lost`, { timeout: 900_000 }, async () => {
    const start = (run: string) => {
      const path = join(dir.path, `${run}.db`);
      const keyPath = join(dir.path, `${run}.key`);
      copyFileSync(fixture(), path);
      copyFileSync(fixtureKey(), keyPath);
      return { path, keyPath };
    };
    const calibrate = start('calibrate');
    const timing = await runChild('change-unlock-mode-child.ts', { REGISTER_PATH: calibrate.path, KEY_PATH: calibrate.keyPath, NEW_PASSPHRASE: PASSPHRASE });
    await timing.waitForLine((line) => line === 'ready');
    const readyAt = performance.now();
    await timing.waitForLine((line) => line === 'done');
    const changeMs = performance.now() - readyAt;
    expect(await timing.exited).toBe(0);
    expect(await reopen(calibrate)).toMatchObject({ way: 'passphrase', rows: ROWS });

    const outcomes: Record<string, number> = {};
    const lastLines: Record<string, number> = {};
    let killedMidway = 0;
    for (let run = 0; killedMidway < KILLS && run < KILLS * 3; run += 1) {
      const files = start(`run-${run}`);
      const child = await runChild('change-unlock-mode-child.ts', { REGISTER_PATH: files.path, KEY_PATH: files.keyPath, NEW_PASSPHRASE: PASSPHRASE });
      await child.waitForLine((line) => line === 'ready');
      await sleep(Math.random() * changeMs);
      await child.kill();
      const last = child.lines.at(-1) ?? '(nothing)';
      lastLines[last] = (lastLines[last] ?? 0) + 1;
      if (last !== 'done') killedMidway += 1;
      const opened = await reopen(files);
      expect(opened, `run ${run}, killed after "${last}"`).toMatchObject({ integrity: 'ok', rows: ROWS });
      outcomes[opened.way] = (outcomes[opened.way] ?? 0) + 1;
    }
    console.log(`[mode-change kill test] change took ${Math.round(changeMs)} ms; last line before each kill ${JSON.stringify(lastLines)}; opened by ${JSON.stringify(outcomes)}`);
    expect(killedMidway).toBeGreaterThanOrEqual(KILLS);
    expect(outcomes['key-store']).toBeGreaterThan(0);
    expect(outcomes['passphrase']).toBeGreaterThan(0);
  });
});

/** A fresh start, as the app would make it: the key store first, then the passphrase if it asks. */
async function reopen(files: { path: string; keyPath: string }): Promise<{ way: string; integrity: unknown; rows: number }> {
  const session = new RegisterSession(files.path, fileKeySource(files.keyPath));
  try {
    let way = 'key-store';
    let status = await session.status();
    if (status.state === 'needs_passphrase') {
      way = 'passphrase';
      status = await session.unlock(PASSPHRASE);
    }
    if (status.state !== 'open') return { way: `not opened: ${JSON.stringify(status)}`, integrity: null, rows: 0 };
    const db = (await session.services()).db;
    return {
      way,
      integrity: db.pragma('integrity_check', { simple: true }),
      rows: db.prepare('SELECT count(*) FROM incident').pluck().get() as number,
    };
  } finally {
    session.close();
  }
}
