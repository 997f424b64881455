import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileKeySource } from '../../../electron/preview/file-key-source';
import { RegisterSession } from '../../../electron/services/register-session';
import { changeUnlockMode } from '../../../electron/services/security/unlock-mode-change';
import { EMPTY_INCIDENT_FIELDS } from '../../../shared/incident';
import { makeTempDir } from '../support/temp-dir';
import { runChild, sleep } from './support/ts-child';

/**
 * Issue 7: moving between the key store and a passphrase alone re-encrypts the register. A child
 * process makes the move and is killed with SIGKILL at moments aimed at every step of it; every
 * time, a fresh start must open the register — with the key store or with the passphrase — intact
 * and with every row.
 */
const PASSPHRASE = 'the passphrase chosen instead';
const ROWS = 40;
const KILLS = 24;
const MARKS = ['ready', 'step copying', 'step re-encrypting', 'step checking', 'step recording', 'step swapping', 'step finishing'];

describe('changing between the key store and a passphrase alone', () => {
  let dir: ReturnType<typeof makeTempDir>;
  const files = (name: string) => ({ path: join(dir.path, `${name}.db`), keyPath: join(dir.path, `${name}.key`) });

  beforeAll(async () => {
    dir = makeTempDir('breachlog-mode-');
    const keyStore = files('key-store-fixture');
    const session = new RegisterSession(keyStore.path, fileKeySource(keyStore.keyPath), () => new Date('2026-11-25T09:00:00.000Z'));
    await session.status();
    await session.setUser('Mode Test');
    const { register } = await session.services();
    for (let i = 0; i < ROWS; i += 1) {
      const incident = register.create({ ...EMPTY_INCIDENT_FIELDS, title: `row ${i}` });
      register.update(incident.id, { whatHappened: 'x'.repeat(2000) });
    }
    session.close();
    // The same register, moved to a passphrase alone, for the way back.
    const passphrase = files('passphrase-fixture');
    copyFileSync(keyStore.path, passphrase.path);
    copyFileSync(keyStore.keyPath, passphrase.keyPath);
    const moving = new RegisterSession(passphrase.path, fileKeySource(passphrase.keyPath));
    await moving.status();
    await changeUnlockMode(moving, { mode: 'passphrase', next: PASSPHRASE });
    moving.close();
  });
  afterAll(() => dir.remove());

  const directions: { name: string; fixture: string; env: Record<string, string>; after: string }[] = [
    { name: 'key store → passphrase alone', fixture: 'key-store-fixture', env: { TARGET_MODE: 'passphrase', NEW_PASSPHRASE: PASSPHRASE }, after: 'passphrase' },
    { name: 'passphrase alone → key store', fixture: 'passphrase-fixture', env: { TARGET_MODE: 'key-store', CURRENT_PASSPHRASE: PASSPHRASE }, after: 'key-store' },
  ];

  for (const direction of directions) {
    it(`${direction.name}: survives SIGKILL at ${KILLS} moments aimed at every step; a fresh start opens it, intact`, { timeout: 900_000 }, async () => {
      const start = (run: string) => {
        const copy = files(run);
        copyFileSync(files(direction.fixture).path, copy.path);
        copyFileSync(files(direction.fixture).keyPath, copy.keyPath);
        return copy;
      };
      const childEnv = (copy: { path: string; keyPath: string }) => ({ REGISTER_PATH: copy.path, KEY_PATH: copy.keyPath, ...direction.env });

      // An uninterrupted move first: it ends in the new mode, and says how long each step lasts.
      const calibrate = start(`${direction.after}-calibrate`);
      const timing = await runChild('change-unlock-mode-child.ts', childEnv(calibrate));
      const seenAt = new Map<string, number>();
      timing.process.stdout?.on('data', () => {
        for (const line of timing.lines) if (!seenAt.has(line)) seenAt.set(line, performance.now());
      });
      await timing.waitForLine((line) => line === 'done');
      expect(await timing.exited).toBe(0);
      expect(await reopen(calibrate)).toMatchObject({ way: direction.after, rows: ROWS });
      const marks = [...MARKS, 'done'];
      const durations = MARKS.map((mark, i) => (seenAt.get(marks[i + 1] ?? '') ?? 0) - (seenAt.get(mark) ?? 0));

      const outcomes: Record<string, number> = {};
      const lastLines: Record<string, number> = {};
      let killedMidway = 0;
      for (let run = 0; killedMidway < KILLS && run < KILLS * 3; run += 1) {
        const aim = run % MARKS.length;
        const copy = start(`${direction.after}-run-${run}`);
        const child = await runChild('change-unlock-mode-child.ts', childEnv(copy));
        await child.waitForLine((line) => line === MARKS[aim]);
        await sleep(Math.random() * Math.max(1, durations[aim] ?? 1));
        await child.kill();
        const last = child.lines.at(-1) ?? '(nothing)';
        lastLines[last] = (lastLines[last] ?? 0) + 1;
        if (last !== 'done') killedMidway += 1;
        const opened = await reopen(copy);
        expect(opened, `run ${run}, killed after "${last}"`).toMatchObject({ integrity: 'ok', rows: ROWS });
        outcomes[opened.way] = (outcomes[opened.way] ?? 0) + 1;
      }
      console.log(
        `[mode-change kill test, ${direction.name}] step durations ${JSON.stringify(Object.fromEntries(MARKS.map((m, i) => [m, Math.round(durations[i] ?? 0)])))} ms; ` +
          `last line before each kill ${JSON.stringify(lastLines)}; opened by ${JSON.stringify(outcomes)}`,
      );
      expect(killedMidway).toBeGreaterThanOrEqual(KILLS);
      expect(Object.keys(outcomes).sort()).toEqual(['key-store', 'passphrase']);
    });
  }
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
