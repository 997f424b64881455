import { join } from 'node:path';

/**
 * Which script the backup's thread runs. Named by whoever composes the services: the desktop shell
 * and the preview pass the built worker beside the built main process (`out/main`, inside
 * app.asar when packaged, where Electron's worker threads read as its main thread does); tests and
 * the bench run it from source through tsx.
 */
export interface BackupWorkerScript {
  path: string;
  execArgv?: string[];
}

/** The built worker: electron-vite emits it as its own entry beside index.js (electron.vite.config.ts). */
export function builtBackupWorker(mainDir: string): BackupWorkerScript {
  return { path: join(mainDir, 'backup-worker.js') };
}

/** The worker from its TypeScript source, for tests and the bench (never in a build: it needs tsx). */
export function backupWorkerFromSource(sourceDir: string): BackupWorkerScript {
  return { path: join(sourceDir, 'backup-worker.ts'), execArgv: ['--import', 'tsx'] };
}
