import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseKey } from '../../../electron/services/database/database-key';
import { AppError } from '../../../electron/services/errors';
import { RegisterSession } from '../../../electron/services/register-session';
import { changePassphrase } from '../../../electron/services/security/passphrase-change';
import { makeTempDir } from '../support/temp-dir';
import { inspectFile } from './support/security-helpers';
import { runChild, sleep } from './support/ts-child';

/**
 * Issue 7, "key change under fire": a child process changes the passphrase and is killed with
 * SIGKILL at random moments of the change. Every time, the register must open with exactly one of
 * the two passphrases, pass the integrity check, and still hold every row.
 */
const OLD = 'the old office passphrase';
const NEW = 'a brand new passphrase';
const ROWS = 40;
const KILLS = 24;

describe('changing the passphrase', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let fixture: string;

  beforeAll(async () => {
    dir = makeTempDir('breachlog-rekey-');
    fixture = join(dir.path, 'fixture.db');
    const session = new RegisterSession(fixture, { kind: 'passphrase' }, () => new Date('2026-11-25T09:00:00.000Z'));
    await session.unlock(OLD);
    await session.setUser('Rekey Test');
    const { register } = await session.services();
    for (let i = 0; i < ROWS; i += 1) {
      const incident = register.create({ ...(await import('../../../shared/incident')).EMPTY_INCIDENT_FIELDS, title: `row ${i}` });
      register.update(incident.id, { whatHappened: 'x'.repeat(2000) });
    }
    session.close();
  });
  afterAll(() => dir.remove());

  it('refuses a wrong current passphrase and a key-store register, changing nothing', async () => {
    const path = join(dir.path, 'refusals.db');
    copyFileSync(fixture, path);
    const session = new RegisterSession(path, { kind: 'passphrase' });
    await session.unlock(OLD);
    expect(() => changePassphrase(session, 'not the passphrase', NEW)).toThrow(AppError);
    expect(() => changePassphrase(session, OLD, OLD)).toThrow(/same/);
    session.close();
    expect(opensWith(path).map((o) => o.secret)).toEqual(['old']);
    const keyStore = new RegisterSession(path, { kind: 'key-store', load: async () => null, store: async () => undefined });
    expect(() => changePassphrase(keyStore, OLD, NEW)).toThrow(/key store/);
  });

  it(`survives SIGKILL at ${KILLS} moments spread over every step: one secret opens it, intact, no rows lost`, { timeout: 900_000 }, async () => {
    // An uninterrupted change first: afterwards only the new passphrase opens it, and the child's
    // step times say how long each step lasts, so the kills can land anywhere inside each one.
    const calibrate = join(dir.path, 'calibrate.db');
    copyFileSync(fixture, calibrate);
    const timing = await runChild('change-passphrase-child.ts', { REGISTER_PATH: calibrate, OLD_PASSPHRASE: OLD, NEW_PASSPHRASE: NEW });
    const seenAt = new Map<string, number>();
    timing.process.stdout?.on('data', () => {
      for (const line of timing.lines) if (!seenAt.has(line)) seenAt.set(line, performance.now());
    });
    await timing.waitForLine((line) => line === 'done');
    expect(await timing.exited).toBe(0);
    expect(opensWith(calibrate).map((o) => o.secret)).toEqual(['new']);
    expect(existsSync(`${calibrate}.rekeying`)).toBe(false);
    const marks = ['ready', ...STEPS.map((step) => `step ${step}`), 'done'];
    const durations = marks.slice(0, -1).map((mark, i) => (seenAt.get(marks[i + 1] ?? '') ?? 0) - (seenAt.get(mark) ?? 0));

    const outcomes: Record<string, number> = { old: 0, new: 0 };
    const killedDuring: string[] = [];
    // Count only kills that landed inside the change; a child that finished first does not count.
    for (let run = 0; killedDuring.filter((line) => line !== 'done').length < KILLS && run < KILLS * 2; run += 1) {
      // Each run aims at one mark in turn (after "ready" = during unlocking's aftermath and copying start).
      const aim = run % (marks.length - 1);
      const path = join(dir.path, `run-${run}.db`);
      copyFileSync(fixture, path);
      const child = await runChild('change-passphrase-child.ts', { REGISTER_PATH: path, OLD_PASSPHRASE: OLD, NEW_PASSPHRASE: NEW });
      await child.waitForLine((line) => line === marks[aim]);
      await sleep(Math.random() * Math.max(1, durations[aim] ?? 1));
      await child.kill();
      killedDuring.push(child.lines.at(-1) ?? '(nothing)');
      const opens = opensWith(path);
      expect(opens.map((o) => o.secret), `run ${run}, killed after "${child.lines.at(-1)}"`).toHaveLength(1);
      expect(opens[0]?.integrity).toBe('ok');
      expect(opens[0]?.rows).toBe(ROWS);
      const secret = opens[0]?.secret ?? 'none';
      outcomes[secret] = (outcomes[secret] ?? 0) + 1;
    }
    console.log(
      `[rekey kill test] step durations ${JSON.stringify(Object.fromEntries(marks.slice(0, -1).map((m, i) => [m, Math.round(durations[i] ?? 0)])))} ms; ` +
        `${killedDuring.length} runs, last line seen before each: ${JSON.stringify(tally(killedDuring))}; outcomes ${JSON.stringify(outcomes)}`,
    );
    // The kills must have landed on both sides of the swap for the test to mean anything.
    expect(killedDuring.filter((line) => line !== 'done').length).toBeGreaterThanOrEqual(KILLS);
    expect(outcomes['old']).toBeGreaterThan(0);
    expect(outcomes['new']).toBeGreaterThan(0);
  });
});

const STEPS = ['copying', 're-encrypting', 'checking', 'swapping', 'reopening'];

function tally(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

function key(passphrase: string): DatabaseKey {
  return { kind: 'passphrase', passphrase };
}

/** Which of the two passphrases open the file, each on a fresh connection, and what it then holds. */
function opensWith(path: string): { secret: 'old' | 'new'; integrity: unknown; rows: number }[] {
  const result: { secret: 'old' | 'new'; integrity: unknown; rows: number }[] = [];
  for (const [secret, passphrase] of [['old', OLD], ['new', NEW]] as const) {
    try {
      const inspected = inspectFile(path, key(passphrase));
      result.push({ secret, integrity: inspected.integrity, rows: inspected.titles.length });
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'wrong_key') throw error;
    }
  }
  return result;
}
