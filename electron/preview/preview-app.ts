import { join } from 'node:path';
import { startReminderService, withReminderCheck } from '../services/clock/reminder-service';
import { createDispatch } from '../services/dispatch';
import { downloadSaver } from '../services/file-saver';
import { createHandlers } from '../services/handlers/index';
import type { KeySource } from '../services/key-source';
import { RegisterSession } from '../services/register-session';
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
}): Promise<PreviewServer & { session: RegisterSession }> {
  const session = new RegisterSession(join(options.dataDir, REGISTER_FILE_NAME), options.keySource, options.clock);
  const handlers = createHandlers({
    session,
    saveFile: downloadSaver,
    resourcesDir: join(options.repoRoot, 'resources'),
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
  const server = await startPreviewServer({
    dispatch: withReminderCheck(createDispatch(handlers), scheduler),
    rendererDir: join(options.repoRoot, 'out', 'renderer'),
    ...(options.port !== undefined ? { port: options.port } : {}),
  });
  return {
    ...server,
    session,
    close: async () => {
      scheduler.stop();
      await server.close();
      session.close();
    },
  };
}
