import { join } from 'node:path';
import { startReminderService, withReminderCheck } from '../services/clock/reminder-service';
import { createDispatch } from '../services/dispatch';
import { downloadSaver } from '../services/file-saver';
import { createHandlers } from '../services/handlers/index';
import type { BackupWorkerScript } from '../services/backup/backup-worker-script';
import { builtBackupWorker } from '../services/backup/backup-worker-script';
import type { KeySource } from '../services/key-source';
import { RegisterSession } from '../services/register-session';
import { DataFolder } from '../services/security/data-folder';
import type { PreviewServer } from './preview-server';
import { startPreviewServer } from './preview-server';

export const REGISTER_FILE_NAME = 'register.db';

/** The real services on a data folder, served to a browser. Used by the preview command and tests. */
export async function startPreviewApp(options: {
  dataDir: string;
  keySource: KeySource;
  repoRoot: string;
  port?: number;
  clock?: () => Date;
  /** How long to wait for another process to let go of the data folder (none by default). */
  waitForFolderMs?: number;
  /** The folder of pages to serve instead of the built renderer (the benchmark adds a reference page). */
  rendererDir?: string;
  /** The backup's thread; by default the build's, beside the renderer it serves (`npm run build`). */
  backupWorker?: BackupWorkerScript;
}): Promise<PreviewServer & { session: RegisterSession }> {
  // Before any key is made or file touched: throws DataFolderInUse when another process has it.
  const folder = DataFolder.acquire(options.dataDir, { waitMs: options.waitForFolderMs ?? 0 });
  const session = new RegisterSession(join(options.dataDir, REGISTER_FILE_NAME), options.keySource, options.clock, folder);
  const handlers = createHandlers({
    session,
    saveFile: downloadSaver,
    resourcesDir: join(options.repoRoot, 'resources'),
    backupWorker: options.backupWorker ?? builtBackupWorker(join(options.repoRoot, 'out', 'main')),
    ...(options.clock ? { clock: options.clock } : {}),
  });
  // The browser shows fired reminders as in-app banners (reminder:unseen), so nothing to push here.
  const scheduler = startReminderService({
    dataDir: options.dataDir,
    openRegister: () => session.current(),
    clock: options.clock ?? (() => new Date()),
    notify: () => undefined,
    setTimer: (callback, ms) => setTimeout(callback, ms),
    clearTimer: (handle) => clearTimeout(handle as NodeJS.Timeout),
  });
  let server: PreviewServer;
  try {
    server = await startPreviewServer({
      dispatch: withReminderCheck(createDispatch(handlers), scheduler),
      rendererDir: options.rendererDir ?? join(options.repoRoot, 'out', 'renderer'),
      ...(options.port !== undefined ? { port: options.port } : {}),
    });
  } catch (error) {
    scheduler.stop();
    folder.release();
    throw error;
  }
  return {
    ...server,
    session,
    close: async () => {
      scheduler.stop();
      await server.close();
      // A backup still running is stopped and its partial copy removed before the folder is let go.
      await session.shutdown();
      folder.release();
    },
  };
}
