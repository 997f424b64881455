import { parentPort, Worker } from 'node:worker_threads';
import type { DatabaseKey } from '../database/database-key';
import { checkTrailOfFile } from '../security/check-register-file';
import type { SentError } from './thread-errors';
import { errorFromThread, errorToSend, keyFromThread } from './thread-errors';

/**
 * The trail half of a fresh backup's check, on a thread of its own beside the page check, so the
 * two together take about the time of the longer. The backup's thread starts it from its own
 * script (the `trailOf` input), so the build has one worker entry.
 */

export interface TrailCheckInput {
  trailOf: { path: string; key: DatabaseKey };
}

type TrailCheckMessage = { verified: { ms: number } } | { failed: SentError };

/** Resolves with the time the verify took once the copy's trail holds; rejects with the check's own error. */
export function checkTrailOnOwnThread(script: URL, path: string, key: DatabaseKey): Promise<number> {
  const input: TrailCheckInput = { trailOf: { path, key } };
  // A thread's options (execArgv) are its parent's unless told otherwise.
  const thread = new Worker(script, { workerData: input });
  return new Promise<number>((resolve, reject) => {
    let answer: TrailCheckMessage | null = null;
    thread.once('message', (message: TrailCheckMessage) => (answer = message));
    thread.once('error', reject);
    thread.once('exit', () => {
      if (answer && 'verified' in answer) resolve(answer.verified.ms);
      else if (answer) reject(errorFromThread(answer.failed));
      else reject(new Error('The check of the backup’s trail stopped before it finished'));
    });
  });
}

/** The thread's side: verify, answer, end. */
export function runTrailCheck(input: TrailCheckInput): void {
  const { path, key } = input.trailOf;
  const started = performance.now();
  try {
    checkTrailOfFile(path, keyFromThread(key), 'backup');
    parentPort?.postMessage({ verified: { ms: performance.now() - started } } satisfies TrailCheckMessage);
  } catch (error) {
    parentPort?.postMessage({ failed: errorToSend(error) } satisfies TrailCheckMessage);
  }
}
