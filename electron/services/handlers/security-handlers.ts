import { basename } from 'node:path';
import type { ChosenPath, SecurityStatus } from '../../../shared/contract/security-operations';
import type { securityOperations } from '../../../shared/contract/security-operations';
import { restoreBackup } from '../backup/restore-backup';
import { keyFromRecoveryFile } from '../backup/recovery-file';
import { writeBackup } from '../backup/write-backup';
import type { DatabaseKey } from '../database/database-key';
import type { Db } from '../database/open-database';
import { AppError } from '../errors';
import type { RegisterSession } from '../register-session';
import { changePassphrase } from '../security/passphrase-change';
import { sealWithPassphrase } from '../security/passphrase-seal';
import { changeSealingPassphrase, changeUnlockMode, proveCurrentPassphrase } from '../security/unlock-mode-change';
import { formatRecoveryKey, parseRecoveryKey } from '../security/recovery-key';
import { isBackupDue, recoveryFor, saveRecovery, SecurityStore } from '../security/security-store';
import { wipeKey } from '../security/key-memory';
import type { FeatureHandlers, HandlerDeps } from './handler-deps';

/** Folder and file pickers: OS dialogs in the desktop app; absent in the browser preview. */
export interface PathChooser {
  folder(): Promise<ChosenPath>;
  file(): Promise<ChosenPath>;
}

export function securityHandlers(
  { session, clock }: HandlerDeps,
  choosePath: PathChooser | undefined,
): FeatureHandlers<typeof securityOperations> {
  const open = async () => {
    await session.services();
    const unlocked = session.unlocked();
    if (!unlocked) throw new AppError('needs_passphrase', 'The register is locked. Unlock it first.');
    return unlocked;
  };
  const status = async (): Promise<SecurityStatus> => {
    const { db, key } = await open();
    const record = new SecurityStore(db).get();
    const recovery = recoveryFor(record, key);
    return {
      idleLockMinutes: record.idleLockMinutes,
      backupReminderDays: record.backupReminderDays,
      mode: session.unlockMode(),
      keyStoreAvailable: session.keySource.kind === 'key-store',
      recoveryPassphraseSet: recovery.sealed !== null,
      lastBackupAt: record.lastBackupAt,
      backupDue: isBackupDue(record, clock()),
      recoveryKeyShownAt: recovery.shownAt,
      canChoosePaths: choosePath !== undefined,
    };
  };
  return {
    'session:lock': async () => session.lock(),
    'session:unlock-key-store': async () => session.unlockWithKeyStore(),
    'security:status': status,
    'security:update': async (settings) => {
      new SecurityStore((await open()).db).update(settings, changedBy(session, clock()));
      return status();
    },
    'security:recovery-key': async () => recoveryKeyOnce(session, await open(), clock()),
    'security:change-passphrase': async ({ current, next }) => {
      await open();
      if (session.unlockMode() !== 'key-store-and-passphrase') return changePassphrase(session, current, next);
      await changeSealingPassphrase(session, current, next);
      return session.status();
    },
    'security:set-unlock-mode': async (change) => {
      await open();
      await changeUnlockMode(session, change);
      return status();
    },
    'security:set-recovery-passphrase': async ({ passphrase, current }) => {
      const { db, key } = await open();
      if (key.kind !== 'raw') {
        throw new AppError('invalid_input', 'This register opens with its passphrase on any PC, so it needs no recovery passphrase.');
      }
      // With a passphrase on top, a passer-by at the unlocked PC must not be able to set their own way in.
      await proveCurrentPassphrase(session, current);
      saveRecovery(new SecurityStore(db), key.bytes, { sealed: await sealWithPassphrase(key.bytes, passphrase) }, changedBy(session, clock()));
      return status();
    },
    'backup:choose-folder': async () => (choosePath ? choosePath.folder() : { status: 'unsupported' }),
    'backup:choose-file': async () => (choosePath ? choosePath.file() : { status: 'unsupported' }),
    'backup:create': async ({ folder }) => {
      const { db, key } = await open();
      const now = clock();
      const store = new SecurityStore(db);
      const result = writeBackup(db, key, folder, now, recoveryFor(store.get(), key).sealed);
      store.update({ lastBackupAt: now.toISOString() }, changedBy(session, now));
      return result;
    },
    'backup:restore': async ({ file, recoveryKey, passphrase }) => {
      // A passphrase is the recovery passphrase when the backup has a recovery file beside it.
      const recovered = passphrase ? await keyFromRecoveryFile(file, passphrase) : null;
      const backupKey: DatabaseKey | null = recoveryKey
        ? { kind: 'raw', bytes: parseRecoveryKey(recoveryKey) }
        : (recovered ?? (passphrase ? { kind: 'passphrase', passphrase } : null));
      const state = (await session.status()).state;
      // A key-store register locked at an unattended PC must not be replaceable by a passer-by.
      if (state === 'locked') throw new AppError('needs_passphrase', 'The register is locked. Unlock it first, then restore.');
      const actor = state === 'open' ? safeActor(session) : null;
      try {
        return await restoreBackup(session, { file, backupKey, now: clock(), actor: actor ?? 'Breachlog (restore before sign-in)' });
      } catch (error) {
        if (passphrase && !recovered && error instanceof AppError && error.code === 'wrong_key') {
          throw new AppError(
            'wrong_key',
            `That passphrase does not open this backup, and there is no recovery file (${basename(file)}.recovery) beside it. Check the passphrase, or use the recovery key. Nothing has been changed.`,
          );
        }
        throw error;
      } finally {
        wipeKey(backupKey);
      }
    },
  };
}

/**
 * The recovery key is the register's raw key in a printable form, shown once: a second request
 * is refused, so a passer-by at an unlocked PC cannot read it off the screen later.
 */
function recoveryKeyOnce(session: RegisterSession, open: { db: Db; key: DatabaseKey }, now: Date) {
  if (open.key.kind !== 'raw' || session.keySource.kind !== 'key-store') {
    throw new AppError('invalid_input', 'This register has no recovery key: its passphrase is the only way in, so keep the passphrase safe.');
  }
  const store = new SecurityStore(open.db);
  const { shownAt } = recoveryFor(store.get(), open.key);
  if (shownAt) {
    throw new AppError('invalid_input', `The recovery key was already shown, on ${shownAt.slice(0, 10)}; for safety it is shown only once.`);
  }
  saveRecovery(store, open.key.bytes, { shownAt: now.toISOString() }, changedBy(session, now));
  return { recoveryKey: formatRecoveryKey(open.key.bytes) };
}

/** Security changes go on the trail under the person's name (or the app's, before anyone has signed in). */
function changedBy(session: RegisterSession, at: Date) {
  return { at, actor: safeActor(session) ?? 'Breachlog' };
}

function safeActor(session: RegisterSession): string | null {
  try {
    return session.actor();
  } catch {
    return null;
  }
}
