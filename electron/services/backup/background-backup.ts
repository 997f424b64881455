import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { BackupProgress, BackupResult } from '../../../shared/contract/security-operations';
import type { DatabaseKey } from '../database/database-key';
import { AppError } from '../errors';
import { incidentCount } from '../security/register-facts';
import type { RegisterFacts } from '../security/register-facts';
import type { SealedSecret } from '../security/passphrase-seal';
import { backupFileName, partialName } from './backup-names';
import { backupFingerprintPath } from './backup-fingerprint';
import type { StepTimings } from './backup-steps';
import { progressAt } from './backup-steps';
import type { BackupWorkerInput, BackupWorkerMessage, NameTheBackup } from './backup-worker';
import type { BackupWorkerScript } from './backup-worker-script';
import { explainFileError } from './file-errors';
import { errorFromThread } from './thread-errors';
import { recoveryFilePath } from './recovery-file';
import { isFolder, removeLeftovers } from './write-backup';

/**
 * A backup made off the main thread (backup-worker.ts copies, syncs, proves and names it), so the
 * app keeps answering while a large register is copied and checked: this thread only starts it,
 * relays its progress, and decides, once the copy is proved, whether it is named (done) or not
 * (cancelled). The copy is written inside a hidden folder of its own, so a cancel can take it all
 * away at once, even mid-copy or mid-check: once that folder is gone nothing can write there again
 * (SQLite cannot create a file in a missing folder), so `done` settles as soon as it is, while the
 * thread stops in its own time (`stopped`; a thread inside one SQLite call stops when the call
 * returns). Where the OS keeps an open file (Windows), `done` waits for the thread and then removes
 * it, so "no backup was written" is true when it is said.
 */

export interface BackgroundBackup {
  done: Promise<BackupResult>;
  /** Settles once the thread has stopped (after `done` when a cancel removed the copy at once). */
  stopped: Promise<void>;
  progress(): BackupProgress;
  /** False once the proved copy is being named: too late to stop, it finishes in a moment. */
  cancel(): boolean;
  /** Where the time went, once done (for the bench): the thread's steps, and this thread's share. */
  timings(): StepTimings & { mainThreadMs: number; longestMainTaskMs: number };
}

export interface BackupRequest {
  registerPath: string;
  key: DatabaseKey;
  folder: string;
  now: Date;
  /** The thread's script, named by whoever composes the services (shell, preview, tests). */
  worker: BackupWorkerScript;
  recoverySeal?: SealedSecret | null;
  onProgress?: (progress: BackupProgress) => void;
}

const PROGRESS_EVERY_MS = 250;

export function writeBackupInBackground(request: BackupRequest): BackgroundBackup {
  const mainStarted = performance.now();
  const { folder, now } = request;
  if (!isFolder(folder)) {
    throw new AppError('not_found', `The folder ${folder} is not there (is the USB stick or network drive connected?).`);
  }
  removeLeftovers(folder);
  const fileName = backupFileName(folder, now);
  const finalPath = join(folder, fileName);
  // A folder of its own, made here before the thread starts, so removing it can never race a copy being created.
  const partialFolder = join(folder, partialName(fileName));
  try {
    mkdirSync(partialFolder);
  } catch (error) {
    throw explainFileError(error, folder);
  }
  const temporary = join(partialFolder, 'copy.db');
  const registerBytes = Math.max(1, statSync(request.registerPath).size);
  let current: BackupProgress = progressAt('copying');
  let phase: 'working' | 'naming' | 'cancelled' | 'over' = 'working';
  let proved: { expected: RegisterFacts } | null = null;
  let outcome: { result: BackupResult } | { error: unknown } | null = null;
  let workerTimings: StepTimings = {};
  let mainThreadMs = 0;
  let longestMainTaskMs = 0;

  const report = (progress: BackupProgress) => {
    current = progress;
    request.onProgress?.(progress);
  };
  /** Time spent on this (the main) thread, for the bench's stall figures. */
  const onMain = <T>(work: () => T): T => {
    const started = performance.now();
    try {
      return work();
    } finally {
      const took = performance.now() - started;
      mainThreadMs += took;
      longestMainTaskMs = Math.max(longestMainTaskMs, took);
    }
  };
  const input: BackupWorkerInput = { registerPath: request.registerPath, key: request.key, temporary, folder };
  const worker = new Worker(request.worker.path, { ...(request.worker.execArgv ? { execArgv: request.worker.execArgv } : {}), workerData: input });
  mainThreadMs += performance.now() - mainStarted;
  longestMainTaskMs = mainThreadMs;

  const ticker = setInterval(() => {
    if (phase !== 'working' || current.step !== 'copying') return;
    onMain(() => {
      const copied = existsSync(temporary) ? statSync(temporary).size : 0;
      report(progressAt('copying', copied / registerBytes));
    });
  }, PROGRESS_EVERY_MS);

  /** True once nothing of this backup is left but a named, finished one. */
  const removePartial = (): boolean => {
    try {
      // The copy and its journal go with the folder they are in.
      rmSync(partialFolder, { recursive: true, force: true });
      if (!existsSync(finalPath)) {
        rmSync(recoveryFilePath(finalPath), { force: true });
        rmSync(backupFingerprintPath(finalPath), { force: true });
      }
      return !existsSync(partialFolder);
    } catch {
      // Windows keeps an open file: it goes when the thread has stopped (see 'exit').
      return false;
    }
  };
  const fail = (error: unknown) => {
    if (!outcome) outcome = { error };
    void worker.terminate();
  };

  worker.on('message', (message: BackupWorkerMessage) =>
    onMain(() => {
      if (phase === 'cancelled' || phase === 'over') return;
      if ('step' in message) {
        if (message.step !== current.step) report(progressAt(message.step));
        return;
      }
      if ('failed' in message) {
        fail(explainFileError(errorFromThread(message.failed), folder));
        return;
      }
      if ('proved' in message) {
        // From here the backup is named whatever happens: cancel says it is too late.
        phase = 'naming';
        proved = message.proved;
        report(progressAt('saving'));
        const order: NameTheBackup = { name: { finalPath, now: now.toISOString(), recoverySeal: request.recoverySeal ?? null } };
        worker.postMessage(order);
        return;
      }
      workerTimings = message.done.timings;
      const expected = (proved as { expected: RegisterFacts } | null)?.expected;
      if (!expected) return;
      outcome = {
        result: {
          fileName,
          path: finalPath,
          bytes: statSync(finalPath).size,
          incidents: incidentCount(expected),
          auditHead: expected.auditHead,
          at: now.toISOString(),
        },
      };
    }),
  );
  worker.on('error', (error) => fail(explainFileError(error, folder)));

  let settle: { resolve: (result: BackupResult) => void; reject: (error: unknown) => void } | null = null;
  const done = new Promise<BackupResult>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const settled = (how: (s: NonNullable<typeof settle>) => void) => {
    if (!settle) return;
    how(settle);
    settle = null;
  };
  const sayCancelled = () => {
    report({ state: 'cancelled', step: 'done', fraction: current.fraction });
    settled((s) => s.reject(new AppError('cancelled', 'The backup was cancelled. No backup was written, and the partial copy has been removed.')));
  };
  const stopped = new Promise<void>((resolve) => {
    worker.once('exit', () => {
      clearInterval(ticker);
      const ended = outcome ?? { error: new AppError('internal', 'The backup stopped before it finished; no backup was written. Try again.') };
      const wasCancelled = phase === 'cancelled';
      phase = 'over';
      if (wasCancelled) {
        removePartial();
        sayCancelled();
      } else if ('result' in ended) {
        // The hidden folder the copy was written in, empty now that it has its name.
        rmSync(partialFolder, { recursive: true, force: true });
        report({ state: 'done', step: 'done', fraction: 1 });
        settled((s) => s.resolve(ended.result));
      } else {
        removePartial();
        report({ state: 'failed', step: 'done', fraction: current.fraction });
        settled((s) => s.reject(ended.error));
      }
      resolve();
    });
  });

  return {
    done,
    stopped,
    progress: () => current,
    cancel: () => {
      if (phase !== 'working') return phase === 'cancelled';
      phase = 'cancelled';
      report({ state: 'cancelled', step: current.step, fraction: current.fraction });
      void worker.terminate();
      // Said at once where the OS lets the copy go at once; otherwise once the thread has stopped.
      if (onMain(removePartial)) sayCancelled();
      return true;
    },
    timings: () => ({ ...workerTimings, mainThreadMs, longestMainTaskMs }),
  };
}
