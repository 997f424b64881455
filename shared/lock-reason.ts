import type { LockReason } from './session';

/**
 * What the lock screen says about why the register is locked. It must not blame inactivity after
 * the person pressed "Lock now", and it says that unlocking carries on as the same person.
 */
export function lockedBecause(reason: LockReason | undefined): string {
  switch (reason) {
    case 'on_request':
      return 'You locked the register.';
    case 'idle':
      return 'Breachlog locked the register to keep it private while nobody was using it.';
    case 'away':
      return 'Breachlog locked the register because the computer’s screen was locked or it went to sleep.';
    default:
      return 'The register is locked to keep it private.';
  }
}

export const LOCKED_KEY_OUT_OF_MEMORY = 'Its key is out of memory until you unlock it; unlocking carries on as the person who was working.';
