import type { SessionStatus } from '../../../shared/session';
import type { DatabaseKey } from '../database/database-key';
import { AppError } from '../errors';
import type { KeyedRegisterFile, SwappableRegisterFile } from './register-file';
import { removeWithSidecars } from './durable-files';
import { sameKey } from './key-memory';
import { prepareRekeyedCopy } from './rekeyed-copy';
import { swapRegister } from './swap-register';

/** Where the re-encrypted copy is made: beside the register, so the final rename stays on one disk. */
export function rekeyCopyPath(databasePath: string): string {
  return `${databasePath}.rekeying`;
}

/**
 * Changes the passphrase without ever re-encrypting the live file in place (not crash-safe):
 * a copy is made, re-encrypted, proved by its content under the new passphrase, synced, and only
 * then renamed over the original. Killed at any moment, the register opens with exactly one of
 * the old or new passphrase, with every row.
 */
export type RekeyStep = 'copying' | 're-encrypting' | 'checking' | 'swapping' | 'reopening';

export function changePassphrase(
  session: KeyedRegisterFile & SwappableRegisterFile,
  current: string,
  next: string,
  /** Progress, for a busy indicator (and so the kill test can aim at each step). */
  onStep: (step: RekeyStep) => void = () => {},
): SessionStatus {
  if (session.unlockMode() !== 'passphrase') {
    throw new AppError('invalid_input', 'This register is unlocked by the computer’s key store, so it has no passphrase to change.');
  }
  const open = session.unlocked();
  if (!open) throw new AppError('needs_passphrase', 'The register is locked. Unlock it first.');
  const currentKey: DatabaseKey = { kind: 'passphrase', passphrase: current };
  if (!sameKey(open.key, currentKey)) {
    throw new AppError('wrong_key', 'The current passphrase is not right, so nothing has been changed.', [
      { path: 'current', message: 'This is not the register’s current passphrase' },
    ]);
  }
  const nextKey: DatabaseKey = { kind: 'passphrase', passphrase: next };
  if (sameKey(currentKey, nextKey)) {
    throw new AppError('invalid_input', 'The new passphrase is the same as the current one.', [
      { path: 'next', message: 'Choose a passphrase different from the current one' },
    ]);
  }
  const copyPath = rekeyCopyPath(session.databasePath);
  try {
    prepareRekeyedCopy(open.db, copyPath, currentKey, nextKey, onStep);
    onStep('swapping');
    return swapRegister(session, copyPath, nextKey, undefined, () => onStep('reopening'));
  } finally {
    // After a successful swap the copy is gone already; after a failure it must not linger.
    removeWithSidecars(copyPath);
  }
}
