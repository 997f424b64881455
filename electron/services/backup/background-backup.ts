import { existsSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BackupProgress, BackupResult } from '../../../shared/contract/security-operations';
import type { DatabaseKey } from '../database/database-key';
import { AppError } from '../errors';
import { removeWithSidecars, renameIntoPlace } from '../security/durable-files';
import { incidentCount } from '../security/register-facts';
import type { SealedSecret } from '../security/passphrase-seal';
import { backupFileName, partialName } from './backup-names';
import { backupFingerprintPath, writeBackupFingerprint } from './backup-fingerprint';
import type { BackupWorkerInput, BackupWorkerMessage } from './backup-worker';
import { explainFileError } from './file-errors';
import { recoveryFilePath, writeRecoveryFile } from './recovery-file';
import { isFolder, removeLeftovers } from './write-backup';

/**
 * A backup made off the main thread (backup-worker.ts copies and proves it), so the app keeps
 * answering while a large register is copied and checked. Progress is the copy's size against
 * the register's while copying, then the check; `cancel` stops it and removes the partial file.
 * As with writeBackup, the file gets its final name only after it has been proved by its content.
 */

export interface BackgroundBackup {
  done: Promise<BackupResult>;
  progress(): BackupProgress;
  cancel(): void;
}

export interface BackupRequest {
  registerPath: string;
  key: DatabaseKey;
  folder: string;
  now: Date;
  recoverySeal?: SealedSecret | null;
  onProgress?: (progress: BackupProgress) => void;
}

const PROGRESS_EVERY_MS = 250;
/** How much of the bar the copy takes; the check (which reads every page again) takes the rest. */
const COPY_SHARE = 0.4;

export function writeBackupInBackground(request: BackupRequest): BackgroundBackup {
  const { folder, now } = request;
  if (!isFolder(folder)) {
    throw new AppError('not_found', `The folder ${folder} is not there (is the USB stick or network drive connected?).`);
  }
  removeLeftovers(folder);
  const fileName = backupFileName(folder, now);
  const finalPath = join(folder, fileName);
  const temporary = join(folder, partialName(fileName));
  const registerBytes = Math.max(1, statSync(request.registerPath).size);
  let current: BackupProgress = { state: 'running', step: 'copying', fraction: 0 };
  let cancelled = false;

  const report = (progress: BackupProgress) => {
    current = progress;
    request.onProgress?.(progress);
  };
  const input: BackupWorkerInput = { registerPath: request.registerPath, key: request.key, temporary, folder };
  const [script, options] = workerScript();
  const worker = new Worker(script, { ...options, workerData: input });
  const ticker = setInterval(() => {
    if (current.state !== 'running' || current.step !== 'copying') return;
    const copied = existsSync(temporary) ? statSync(temporary).size : 0;
    report({ state: 'running', step: 'copying', fraction: Math.min(COPY_SHARE, (COPY_SHARE * copied) / registerBytes) });
  }, PROGRESS_EVERY_MS);

  let settle: { resolve: (result: BackupResult) => void; reject: (error: unknown) => void } | null = null;
  const done = new Promise<BackupResult>((resolve, reject) => (settle = { resolve, reject }));
  const finish = (outcome: { result: BackupResult } | { error: unknown }) => {
    clearInterval(ticker);
    const pending = settle;
    settle = null;
    if (!pending) return;
    if ('result' in outcome) {
      report({ state: 'done', step: 'done', fraction: 1 });
      pending.resolve(outcome.result);
      return;
    }
    report({ state: cancelled ? 'cancelled' : 'failed', step: 'done', fraction: current.fraction });
    pending.reject(outcome.error);
  };
  const cleanUp = () => {
    removeWithSidecars(temporary);
    if (!existsSync(finalPath)) {
      rmSync(recoveryFilePath(finalPath), { force: true });
      rmSync(backupFingerprintPath(finalPath), { force: true });
    }
  };

  worker.on('message', (message: BackupWorkerMessage) => {
    if (cancelled) return;
    if ('step' in message) {
      if (message.step === 'checking') report({ state: 'running', step: 'checking', fraction: COPY_SHARE });
      return;
    }
    if ('failed' in message) {
      cleanUp();
      const { message: text, code, name } = message.failed;
      finish({ error: explainFileError(name === 'AppError' ? new AppError(code as never, text) : Object.assign(new Error(text), { code }), folder) });
      return;
    }
    try {
      if (request.recoverySeal) writeRecoveryFile(finalPath, request.recoverySeal);
      // The worker proved the copy's trail ends at this head.
      writeBackupFingerprint(finalPath, message.done.head, now);
      renameIntoPlace(temporary, finalPath);
      finish({
        result: {
          fileName,
          path: finalPath,
          bytes: statSync(finalPath).size,
          incidents: incidentCount(message.done.expected),
          auditHead: message.done.expected.auditHead,
          at: now.toISOString(),
        },
      });
    } catch (error) {
      cleanUp();
      finish({ error: explainFileError(error, folder) });
    }
  });
  worker.on('error', (error) => {
    cleanUp();
    finish({ error: explainFileError(error, folder) });
  });
  worker.on('exit', () => {
    if (cancelled) cleanUp();
    finish({ error: new AppError('internal', 'The backup stopped before it finished; no backup was written. Try again.') });
  });

  return {
    done,
    progress: () => current,
    cancel: () => {
      if (!settle) return;
      cancelled = true;
      // The person is answered at once; the partial file goes when the thread has stopped.
      finish({ error: new AppError('cancelled', 'The backup was cancelled; no backup was written.') });
      void worker.terminate();
    },
  };
}

/** The built worker beside the built main process; from source (tests, bench), through tsx. */
function workerScript(): [string, { execArgv?: string[] }] {
  const here = dirname(fileURLToPath(import.meta.url));
  const built = join(here, 'backup-worker.js');
  if (existsSync(built)) return [built, {}];
  // The browser tests run the services from source beside a fresh build: they name its worker.
  const named = process.env['BREACHLOG_BACKUP_WORKER'];
  if (named && existsSync(named)) return [named, {}];
  return [join(here, 'backup-worker.ts'), { execArgv: ['--import', 'tsx'] }];
}
