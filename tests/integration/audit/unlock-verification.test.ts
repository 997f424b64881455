import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UnlockVerification } from '../../../electron/services/audit/unlock-verification';
import type { Db } from '../../../electron/services/database/open-database';
import { openReader } from '../../../electron/services/database/open-database';
import { makeTestRegister } from '../support/test-register';
import type { TestRegister } from './trail-scenario';
import { buildScenario } from './trail-scenario';

describe('the check at unlock', () => {
  let register: TestRegister;
  let queued: (() => void)[];
  let readers: Db[];

  beforeEach(async () => {
    register = makeTestRegister();
    await buildScenario(register);
    queued = [];
    readers = [];
  });
  afterEach(() => register.cleanup());

  const start = () =>
    new UnlockVerification(
      () => {
        const reader = openReader(register.databasePath, { kind: 'raw', bytes: register.keyBytes });
        readers.push(reader);
        return reader;
      },
      () => register.clock.now,
      (next) => queued.push(next),
    );
  const runQueued = () => {
    while (queued.length > 0) queued.shift()?.();
  };

  it('runs only when given the chance, on its own read-only connection, and closes it when done', () => {
    const check = start();
    expect(check.status()).toEqual({ state: 'running' });
    expect(readers).toHaveLength(0);
    runQueued();
    expect(check.status()).toMatchObject({ state: 'done', at: register.clock.now.toISOString(), result: { intact: true } });
    expect(readers).toHaveLength(1);
    expect(readers[0]?.open).toBe(false);
  });

  it('opens nothing when the register locks before it has run, and never reports', () => {
    const check = start();
    check.cancel();
    runQueued();
    expect(readers).toHaveLength(0);
    expect(check.status()).toEqual({ state: 'running' });
  });

  it('says it could not check rather than failing silently', () => {
    const check = new UnlockVerification(
      () => {
        throw new Error('disk gone');
      },
      () => register.clock.now,
      (next) => queued.push(next),
    );
    runQueued();
    expect(check.status()).toMatchObject({ state: 'failed', message: 'The register could not be checked: disk gone' });
  });
});
