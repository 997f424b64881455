import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { memoryKeySource } from '../../../electron/preview/file-key-source';
import { createDispatch } from '../../../electron/services/dispatch';
import { downloadSaver } from '../../../electron/services/file-saver';
import { createHandlers } from '../../../electron/services/handlers/index';
import type { KeySource } from '../../../electron/services/key-source';
import { RegisterSession } from '../../../electron/services/register-session';
import { DataFolder } from '../../../electron/services/security/data-folder';
import { SOURCE_BACKUP_WORKER } from './backup-worker';
import { ensureRegisterFile } from './new-register-file';
import { makeTempDir } from './temp-dir';

export const REPO_ROOT = join(import.meta.dirname, '..', '..', '..');
export const RESOURCES_DIR = join(REPO_ROOT, 'resources');

/** The real services on a real encrypted register in a temp folder, with a controllable clock. */
export const TEST_USER = 'Zoë Ødegård';

export function makeTestRegister(options: { now?: Date; keySource?: KeySource; beforeFirstUse?: (dir: string) => void } = {}) {
  const dir = makeTempDir();
  // For example, to mount a small disk on the folder before anything is written in it.
  options.beforeFirstUse?.(dir.path);
  const clock = { now: options.now ?? new Date('2026-11-25T09:00:00.000Z') };
  const keyBytes = randomBytes(32);
  const keySource = options.keySource ?? memoryKeySource(keyBytes);
  const databasePath = join(dir.path, 'register.db');
  if (!options.keySource) ensureRegisterFile(databasePath, keyBytes);
  // Held as the app holds it, so the folder's facts (a register was made here…) apply in tests too.
  const folder = DataFolder.acquire(dir.path);
  let session = new RegisterSession(databasePath, keySource, () => clock.now, folder);
  const build = () =>
    createDispatch(createHandlers({ session, saveFile: downloadSaver, resourcesDir: RESOURCES_DIR, clock: () => clock.now, backupWorker: SOURCE_BACKUP_WORKER }));
  let dispatch = build();
  return {
    dir: dir.path,
    databasePath,
    keyBytes,
    clock,
    keySource,
    folder,
    get session() {
      return session;
    },
    get dispatch() {
      return dispatch;
    },
    /** Says who is using the app, as the first screen asks. */
    async signIn(name = TEST_USER) {
      const result = await dispatch('session:set-user', { name });
      if (!result.ok) throw new Error(result.error.message);
    },
    /** Closes and reopens the register, as quitting and starting the app would. */
    reopen() {
      session.close();
      session = new RegisterSession(databasePath, keySource, () => clock.now, folder);
      dispatch = build();
    },
    cleanup() {
      session.close();
      folder.release();
      dir.remove();
    },
  };
}
