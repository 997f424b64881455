import { randomBytes } from 'node:crypto';
import type { UnlockMode } from '../../../shared/contract/security-operations';
import type { DatabaseKey } from '../database/database-key';
import { RAW_KEY_BYTES } from '../database/database-key';
import { AppError } from '../errors';
import type { KeySource } from '../key-source';
import type { KeyedRegisterFile, SwappableRegisterFile } from './register-file';
import { removeWithSidecars } from './durable-files';
import { sameKey, wipeKey } from './key-memory';
import { openWithPassphrase } from './passphrase-seal';
import { rekeyCopyPath } from './passphrase-change';
import { prepareRekeyedCopy } from './rekeyed-copy';
import { swapRegister } from './swap-register';
import type { UnlockEntry } from './unlock-record';
import { keyStoreEntry, passphraseOnTopEntry, readUnlockRecord, writeUnlockRecord } from './unlock-record';

type KeyStore = Extract<KeySource, { kind: 'key-store' }>;

export interface UnlockModeChange {
  mode: UnlockMode;
  /** The passphrase in use now, when the register has one. */
  current?: string | undefined;
  /** The passphrase to use from now on, for the two modes that have one. */
  next?: string | undefined;
}

/**
 * Moves the register between the key store alone, the key store plus a passphrase, and a
 * passphrase alone. Between the two key-store modes only the key store's record changes (one
 * atomic write). To or from passphrase alone the database is re-encrypted through a verified
 * copy; the key store keeps both ways in until the copy is in place, so a crash at any moment
 * leaves a register that opens.
 */
export type ModeChangeStep = 'copying' | 're-encrypting' | 'checking' | 'recording' | 'swapping' | 'finishing';

export async function changeUnlockMode(
  session: KeyedRegisterFile & SwappableRegisterFile,
  change: UnlockModeChange,
  /** Progress, so the kill test can aim at each step. */
  onStep: (step: ModeChangeStep) => void = () => {},
): Promise<UnlockMode> {
  const source = session.keySource;
  if (source.kind !== 'key-store') {
    throw new AppError('invalid_input', 'This computer has no key store Breachlog can trust, so the register can only be unlocked by its passphrase.');
  }
  const open = session.unlocked();
  if (!open) throw new AppError('needs_passphrase', 'The register is locked. Unlock it first.');
  const from = session.unlockMode();
  if (from === change.mode) throw new AppError('invalid_input', 'The register is already unlocked this way.');
  await proveCurrentPassphrase(session, change.current);
  const next = change.mode === 'key-store' ? null : requireNext(change.next);

  if (from !== 'passphrase' && change.mode !== 'passphrase') {
    if (open.key.kind !== 'raw') throw new Error('A key-store register has a raw key');
    const entry = next === null ? keyStoreEntry(open.key.bytes) : await passphraseOnTopEntry(open.key.bytes, next);
    await writeUnlockRecord(source, { version: 1, current: entry });
  } else if (change.mode === 'passphrase') {
    const record = await readUnlockRecord(source);
    if (!record) throw new AppError('wrong_key', 'The register’s key is missing from this computer’s key store.');
    await reencrypt(session, source, { kind: 'passphrase', passphrase: next ?? '' }, { unlock: 'passphrase' }, record.current, onStep);
  } else {
    // A new key: the old passphrase must not keep working through a key derived from it.
    const fresh = randomBytes(RAW_KEY_BYTES);
    const entry = next === null ? keyStoreEntry(fresh) : await passphraseOnTopEntry(fresh, next);
    // Recovery secrets saved for the old key are ignored from now on (they are kept per key id).
    await reencrypt(session, source, { kind: 'raw', bytes: fresh }, entry, { unlock: 'passphrase' }, onStep);
  }
  // The caller (the security service) records the new mode in the session.
  return change.mode;
}

/** Changes the passphrase that seals the key in the key store; the database itself is untouched. */
export async function changeSealingPassphrase(session: KeyedRegisterFile & SwappableRegisterFile, current: string, next: string): Promise<void> {
  const source = session.keySource;
  const open = session.unlocked();
  if (source.kind !== 'key-store' || !open || open.key.kind !== 'raw') {
    throw new AppError('needs_passphrase', 'The register is locked. Unlock it first.');
  }
  await proveCurrentPassphrase(session, current);
  if (current === next) {
    throw new AppError('invalid_input', 'The new passphrase is the same as the current one.', [
      { path: 'next', message: 'Choose a passphrase different from the current one' },
    ]);
  }
  await writeUnlockRecord(source, { version: 1, current: await passphraseOnTopEntry(open.key.bytes, next) });
}

/** Refuses with `wrong_key` unless `current` is the register's passphrase (nothing to prove in key-store mode). */
export async function proveCurrentPassphrase(session: KeyedRegisterFile & SwappableRegisterFile, current: string | undefined): Promise<void> {
  const mode = session.unlockMode();
  const open = session.unlocked();
  if (mode === 'key-store') return;
  const wrong = new AppError('wrong_key', 'The current passphrase is not right, so nothing has been changed.', [
    { path: 'current', message: 'This is not the register’s current passphrase' },
  ]);
  if (!current || !open) throw wrong;
  if (mode === 'passphrase') {
    if (!sameKey(open.key, { kind: 'passphrase', passphrase: current })) throw wrong;
    return;
  }
  const record = session.keySource.kind === 'key-store' ? await readUnlockRecord(session.keySource) : null;
  if (record?.current.unlock !== 'key-store-and-passphrase') throw wrong;
  try {
    wipeKey({ kind: 'raw', bytes: await openWithPassphrase(record.current.sealedKey, current) });
  } catch {
    throw wrong;
  }
}

function requireNext(next: string | undefined): string {
  if (!next) {
    throw new AppError('invalid_input', 'Choose the passphrase to use from now on.', [
      { path: 'next', message: 'Choose a passphrase' },
    ]);
  }
  return next;
}

async function reencrypt(
  session: KeyedRegisterFile & SwappableRegisterFile,
  source: KeyStore,
  to: DatabaseKey,
  entry: UnlockEntry,
  previous: UnlockEntry,
  onStep: (step: ModeChangeStep) => void,
): Promise<void> {
  const open = session.unlocked();
  if (!open) throw new AppError('needs_passphrase', 'The register is locked. Unlock it first.');
  const copyPath = rekeyCopyPath(session.databasePath);
  try {
    prepareRekeyedCopy(open.db, copyPath, open.key, to, onStep);
    onStep('recording');
    await writeUnlockRecord(source, { version: 1, current: entry, previous });
    // No rolling the record back if the swap fails: it may fail after the rename, and the record
    // already holds both ways in, so the next start opens whichever the file now needs.
    onStep('swapping');
    swapRegister(session, copyPath, to);
    onStep('finishing');
    await writeUnlockRecord(source, { version: 1, current: entry });
  } finally {
    removeWithSidecars(copyPath);
    wipeKey(to);
  }
}
