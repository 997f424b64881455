import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { activityClock, startIdleLock } from '../../../electron/services/security/idle-lock';
import { idleLimitMs } from '../../../electron/services/security/idle-limit';
import { makeTestRegister } from '../support/test-register';
import type { TestRegister } from './support/security-helpers';
import { addIncidents, expectError, expectOk, incidentTitles, checkAndRestore } from './support/security-helpers';

describe('locking the register', () => {
  let register: TestRegister;
  beforeEach(async () => {
    register = makeTestRegister();
    await register.signIn();
    await addIncidents(register, 1, 'locked away');
  });
  afterEach(() => register.cleanup());

  it('closes the database and wipes the key on lock; the key store opens it again', async () => {
    const open = register.session.unlocked();
    const heldKey = open?.key.kind === 'raw' ? open.key.bytes : null;
    expect(heldKey?.equals(register.keyBytes)).toBe(true);

    expect(expectOk(await register.dispatch('session:lock', {}))).toEqual({ state: 'locked', reason: 'on_request' });
    expect(open?.db.open).toBe(false);
    expect(heldKey?.every((byte) => byte === 0)).toBe(true);
    // The key source's own copy is untouched: the session only ever wiped its private copy.
    expect(register.keyBytes.every((byte) => byte === 0)).toBe(false);
    expect(register.session.unlocked()).toBeNull();

    expect(expectOk(await register.dispatch('session:status', {}))).toEqual({ state: 'locked', reason: 'on_request' });
    expect(expectError(await register.dispatch('incident:list', {})).code).toBe('needs_passphrase');
    expect(expectError(await checkAndRestore(register.dispatch, { file: '/nowhere/backup.db' })).code).toBe('needs_passphrase');

    // Unlocking in the same run carries on as the person who was working: no second "Who is using Breachlog?".
    expect(expectOk(await register.dispatch('session:unlock-key-store', {}))).toMatchObject({ state: 'open', user: 'Zoë Ødegård' });
    expect(await incidentTitles(register)).toEqual(['locked away 0']);
  });

  it('says why it locked, and keeps the first reason when the idle timer fires after "Lock now"', async () => {
    expect(expectOk(await register.dispatch('session:lock', { reason: 'idle' }))).toEqual({ state: 'locked', reason: 'idle' });
    expectOk(await register.dispatch('session:unlock-key-store', {}));
    expect(expectOk(await register.dispatch('session:lock', { reason: 'on_request' }))).toEqual({ state: 'locked', reason: 'on_request' });
    expect(expectOk(await register.dispatch('session:lock', { reason: 'idle' }))).toEqual({ state: 'locked', reason: 'on_request' });
    expect(expectError(await register.dispatch('session:lock', { reason: 'bored' })).code).toBe('invalid_input');
    // Opened again, the reason is gone and the person carries on.
    expect(expectOk(await register.dispatch('session:unlock-key-store', {}))).toEqual(expect.objectContaining({ state: 'open', user: 'Zoë Ødegård' }));
  });

  it('asks for the passphrase again after locking a passphrase register', async () => {
    const passphraseRegister = makeTestRegister({ keySource: { kind: 'passphrase' } });
    try {
      expectOk(await passphraseRegister.dispatch('session:unlock', { passphrase: 'the office passphrase' }));
      expect(expectOk(await passphraseRegister.dispatch('session:lock', {}))).toEqual({ state: 'needs_passphrase', reason: 'on_request' });
      expect(expectError(await passphraseRegister.dispatch('session:unlock', { passphrase: 'not the passphrase' })).code).toBe('wrong_key');
      expect(expectError(await passphraseRegister.dispatch('session:unlock-key-store', {})).code).toBe('invalid_input');
      expect(expectOk(await passphraseRegister.dispatch('session:unlock', { passphrase: 'the office passphrase' }))).toMatchObject({ state: 'open' });

      // Changing the passphrase through the contract: the register stays open, then only the new one unlocks it.
      await passphraseRegister.signIn();
      const wrong = await passphraseRegister.dispatch('security:change-passphrase', { current: 'a wrong guess', next: 'the new office passphrase' });
      expect(expectError(wrong)).toMatchObject({ code: 'wrong_key' });
      const changed = await passphraseRegister.dispatch('security:change-passphrase', { current: 'the office passphrase', next: 'the new office passphrase' });
      expect(expectOk(changed)).toMatchObject({ state: 'open', user: 'Zoë Ødegård' });
      passphraseRegister.session.lock();
      expect(expectError(await passphraseRegister.dispatch('session:unlock', { passphrase: 'the office passphrase' })).code).toBe('wrong_key');
      expectOk(await passphraseRegister.dispatch('session:unlock', { passphrase: 'the new office passphrase' }));
    } finally {
      passphraseRegister.cleanup();
    }
  });

  it('locks after the idle time set in the register (10 minutes unless changed)', async () => {
    vi.useFakeTimers();
    try {
      const activity = activityClock(() => Date.now());
      const idle = startIdleLock({ idleForMs: activity.idleForMs, limitMs: () => idleLimitMs(register.session), lock: () => register.session.lock() });
      expect(idleLimitMs(register.session)).toBe(10 * 60_000);
      vi.advanceTimersByTime(9 * 60_000);
      activity.touch();
      vi.advanceTimersByTime(9 * 60_000);
      expect(register.session.unlocked()).not.toBeNull();
      vi.advanceTimersByTime(2 * 60_000);
      expect(register.session.unlocked()).toBeNull();
      expect(idleLimitMs(register.session)).toBeNull();
      idle.stop();

      expectOk(await register.dispatch('session:unlock-key-store', {}));
      await register.signIn();
      expect(expectOk(await register.dispatch('security:update', { idleLockMinutes: 2, backupReminderDays: 7 }))).toMatchObject({ idleLockMinutes: 2 });
      expect(idleLimitMs(register.session)).toBe(2 * 60_000);
    } finally {
      vi.useRealTimers();
    }
  });
});
