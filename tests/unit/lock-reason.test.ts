import { describe, expect, it } from 'vitest';
import { lockedBecause } from '../../shared/lock-reason';

describe('why the lock screen says the register locked', () => {
  it('never blames inactivity when the person locked it', () => {
    expect(lockedBecause('on_request')).toBe('You locked the register.');
    expect(lockedBecause('on_request')).not.toMatch(/nobody|inactiv|idle/i);
  });
  it('names the idle time and the screen lock for what they are', () => {
    expect(lockedBecause('idle')).toMatch(/nobody was using it/);
    expect(lockedBecause('away')).toMatch(/screen was locked or it went to sleep/);
  });
  it('says nothing it does not know after a restart', () => {
    expect(lockedBecause(undefined)).not.toMatch(/nobody|you locked|sleep/i);
  });
});
