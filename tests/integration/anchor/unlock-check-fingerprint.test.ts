import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UnlockCheck } from '../../../shared/audit';
import { makeTestRegister } from '../support/test-register';
import { expectOk } from '../security/support/security-helpers';
import type { TestRegister } from './support/tamper';
import { withOnlyTheKey } from './support/tamper';

/** The check at unlock feeds the home screen's alert: a trail cut short must show there, not only under Verify. */
describe('the check made at unlock', () => {
  let register: TestRegister;

  async function checkAtUnlock(): Promise<UnlockCheck> {
    for (let attempt = 0; attempt < 300; attempt += 1) {
      const check = expectOk(await register.dispatch('register:unlock-check', {})) as UnlockCheck;
      if (check.state !== 'running') return check;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error('The check at unlock never finished');
  }

  beforeEach(async () => {
    register = makeTestRegister();
    await register.signIn();
    for (const title of ['Email to the wrong client', 'Stolen laptop', 'Ransomware on the file server']) {
      expectOk(await register.dispatch('incident:create', { title, awareAt: '2026-11-20T10:00:00.000Z' }));
    }
  });
  afterEach(() => register.cleanup());

  it('is clean on an untouched register', async () => {
    expect(await checkAtUnlock()).toMatchObject({ state: 'done', result: { intact: true, problems: [] } });
  });

  it('names the fingerprint when the trail was cut short with only the key, which the rows alone do not show', async () => {
    withOnlyTheKey(register, (db) => db.prepare('DELETE FROM audit_entry WHERE id > (SELECT max(id) - 2 FROM audit_entry)').run());
    await register.signIn();
    const check = await checkAtUnlock();
    expect(check.state).toBe('done');
    if (check.state !== 'done') return;
    expect(check.result.intact).toBe(false);
    expect(check.result.problems?.map((problem) => problem.kind)).toEqual(['fingerprint']);
    expect(check.result.problems?.[0]?.message).toMatch(/cut short/);
  });
});
