import { parentPort, Worker } from 'node:worker_threads';
import type { VerifyResult } from '../../../shared/audit';
import type { VerifyHalf } from '../audit/verify-register';
import { joinVerifyParts } from '../audit/verify-register';
import type { DatabaseKey } from '../database/database-key';
import { requireIntact, verifyTrailPartOfFile } from '../security/check-register-file';
import type { SentError } from './thread-errors';
import { errorFromThread, errorToSend, keyFromThread } from './thread-errors';

/**
 * The trail half of a fresh backup's check, beside the page check: its chain and its rows are
 * proved on a thread each (the verify is CPU-bound and the copy is not written to while checked),
 * so the three together take about the time of the longest. The backup's thread starts them from
 * its own script (the `trailOf` input), so the build has one worker entry.
 */

export interface TrailCheckInput {
  trailOf: { path: string; key: DatabaseKey; part: VerifyHalf };
}

type TrailCheckMessage = { verified: VerifyResult } | { failed: SentError };

/** Resolves with the time the verify took once the copy's trail holds; rejects with the check's own error. */
export async function checkTrailOnOwnThreads(script: URL, path: string, key: DatabaseKey): Promise<number> {
  const started = performance.now();
  // Both halves are let finish, so no thread still reads the copy when a failed backup removes it.
  const [chain, rows] = await Promise.allSettled([verifyPartOnThread(script, path, key, 'chain'), verifyPartOnThread(script, path, key, 'rows')]);
  if (chain.status === 'rejected') throw chain.reason;
  if (rows.status === 'rejected') throw rows.reason;
  requireIntact(joinVerifyParts(chain.value, rows.value), 'backup');
  return performance.now() - started;
}

function verifyPartOnThread(script: URL, path: string, key: DatabaseKey, part: VerifyHalf): Promise<VerifyResult> {
  const input: TrailCheckInput = { trailOf: { path, key, part } };
  // A thread's options (execArgv) are its parent's unless told otherwise.
  const thread = new Worker(script, { workerData: input });
  return new Promise<VerifyResult>((resolve, reject) => {
    let answer: TrailCheckMessage | null = null;
    thread.once('message', (message: TrailCheckMessage) => (answer = message));
    thread.once('error', reject);
    thread.once('exit', () => {
      if (answer && 'verified' in answer) resolve(answer.verified);
      else if (answer) reject(errorFromThread(answer.failed));
      else reject(new Error('The check of the backup’s trail stopped before it finished'));
    });
  });
}

/** The thread's side: verify its half, answer, end. */
export function runTrailCheck(input: TrailCheckInput): void {
  const { path, key, part } = input.trailOf;
  try {
    const verified = verifyTrailPartOfFile(path, keyFromThread(key), 'backup', part);
    parentPort?.postMessage({ verified } satisfies TrailCheckMessage);
  } catch (error) {
    parentPort?.postMessage({ failed: errorToSend(error) } satisfies TrailCheckMessage);
  }
}
