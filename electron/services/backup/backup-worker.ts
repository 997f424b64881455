import { parentPort, workerData } from 'node:worker_threads';
import type { RegisterHead } from '../../../shared/register-fingerprint';
import type { DatabaseKey } from '../database/database-key';
import { openReader } from '../database/open-database';
import type { SealedSecret } from '../security/passphrase-seal';
import type { RegisterFacts } from '../security/register-facts';
import { fsyncFile, renameIntoPlace } from '../security/durable-files';
import { copyRegister } from '../security/rekeyed-copy';
import { copyConsistently } from './consistent-copy';
import { writeBackupFingerprint } from './backup-fingerprint';
import { writeRecoveryFile } from './recovery-file';
import type { BackupStepName, StepTimings, TimedPart } from './backup-steps';
import type { TrailCheckInput } from './trail-check-thread';
import { checkTrailOnOwnThreads, runTrailCheck } from './trail-check-thread';
import type { SentError } from './thread-errors';
import { errorToSend, keyFromThread } from './thread-errors';
import { freshBackupTrail, verifyFreshBackup } from './write-backup';

/**
 * The whole of a backup but its decision, on its own thread so the app's main thread never waits
 * on the disk: a consistent copy (`VACUUM INTO` on this thread's own read-only connection), synced;
 * its proof by content (quick_check here and, at the same time on a thread of its own, the trail's
 * full verify; row counts); then, only once the
 * main thread has answered `name` (a cancel never races a finished file), the recovery file and
 * fingerprint beside it and the rename to its final name. The copy is proved against facts of the
 * very state it holds (consistent-copy.ts). Each step's time is reported, for the bench.
 */

export interface BackupWorkerInput {
  registerPath: string;
  key: DatabaseKey;
  temporary: string;
  folder: string;
}

/** What the main thread sends once the copy is proved: name it (with what goes beside it). */
export interface NameTheBackup {
  name: { finalPath: string; now: string; recoverySeal: SealedSecret | null };
}

export type BackupWorkerMessage =
  | { step: BackupStepName }
  | { proved: { expected: RegisterFacts; head: RegisterHead | null } }
  | { done: { timings: StepTimings } }
  | { failed: SentError };

/**
 * Page cache for the copy's connection (only this thread's, for the length of the copy), as the
 * live connection has: VACUUM INTO builds every index of the copy afresh. On this loaded test
 * machine its effect was within the noise (copy 49.5 s and 76.0 s against a bare VACUUM INTO's
 * 65.5 s and 66.3 s in two runs at 20,000 breaches).
 */
const COPY_CACHE_KIB = 128 * 1024;

const timings: StepTimings = {};

function post(message: BackupWorkerMessage): void {
  parentPort?.postMessage(message);
}

function timed<T>(step: TimedPart, work: () => T): T {
  const started = performance.now();
  try {
    return work();
  } finally {
    timings[step] = (timings[step] ?? 0) + (performance.now() - started);
  }
}

async function copyAndProve(input: BackupWorkerInput, key: DatabaseKey): Promise<{ expected: RegisterFacts; head: RegisterHead | null }> {
  post({ step: 'copying' });
  const db = openReader(input.registerPath, key);
  let expected: RegisterFacts;
  let head: RegisterHead | null;
  try {
    db.pragma(`cache_size=-${COPY_CACHE_KIB}`);
    ({ expected, head } = copyConsistently(db, () => copyRegister(db, input.temporary), timed));
  } finally {
    db.close();
  }
  // On the disk before anything is checked or named: a power cut never leaves a named, unwritten file.
  timed('syncing', () => fsyncFile(input.temporary));
  post({ step: 'checking' });
  // From this very script, with this thread's options (tsx in tests): the build has one worker entry.
  const trail = checkTrailOnOwnThreads(new URL(import.meta.url), input.temporary, key);
  // Settled below; a page check that fails first must not leave it unhandled.
  trail.catch(() => undefined);
  timed('checking', () => verifyFreshBackup(input.temporary, key, expected, input.folder, { trail: false }));
  // What is left of the trail's verify once the pages are proved.
  post({ step: 'verifying' });
  const started = performance.now();
  try {
    timings.trail = await freshBackupTrail(trail, input.folder);
  } finally {
    timings.verifying = performance.now() - started;
  }
  return { expected, head };
}

function name(input: BackupWorkerInput, order: NameTheBackup['name']): void {
  post({ step: 'saving' });
  timed('saving', () => {
    if (order.recoverySeal) writeRecoveryFile(order.finalPath, order.recoverySeal);
    // The check proved the copy's trail ends at this head.
    writeBackupFingerprint(order.finalPath, proved?.head ?? null, new Date(order.now));
    renameIntoPlace(input.temporary, order.finalPath);
  });
}

function fail(error: unknown): void {
  post({ failed: errorToSend(error) });
}

let proved: { expected: RegisterFacts; head: RegisterHead | null } | null = null;

async function runBackup(input: BackupWorkerInput): Promise<void> {
  const key = keyFromThread(input.key);
  try {
    proved = await copyAndProve(input, key);
    post({ proved });
    parentPort?.once('message', (message: NameTheBackup) => {
      try {
        name(input, message.name);
        post({ done: { timings } });
      } catch (error) {
        fail(error);
      }
    });
  } catch (error) {
    fail(error);
  }
}

const data = workerData as BackupWorkerInput | TrailCheckInput;
if ('trailOf' in data) void runTrailCheck(data);
else void runBackup(data);
