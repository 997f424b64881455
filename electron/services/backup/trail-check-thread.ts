import { parentPort, Worker } from 'node:worker_threads';
import type { DatabaseKey } from '../database/database-key';
import { AppError } from '../errors';
import { checkTrailOfFile } from '../security/check-register-file';

/**
 * The trail half of a fresh backup's check, on a thread of its own beside the page check, so the
 * two together take about the time of the longer. The backup's thread starts it from its own
 * script (the `trailOf` input), so the build has one worker entry.
 */

export interface TrailCheckInput {
  trailOf: { path: string; key: DatabaseKey };
}

type TrailCheckMessage = { verified: { ms: number } } | { failed: { message: string; code?: string; name: string } };

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
      else if (answer) reject(threadError(answer.failed));
      else reject(new Error('The check of the backup’s trail stopped before it finished'));
    });
  });
}

/** The check's own refusal comes back as what it was (an AppError, with its plain words). */
function threadError({ message, code, name }: { message: string; code?: string; name: string }): Error {
  return name === 'AppError' ? new AppError(code as never, message) : Object.assign(new Error(message), { code, name });
}

/** The thread's side: verify, answer, end. */
export function runTrailCheck(input: TrailCheckInput): void {
  const { path, key } = input.trailOf;
  const started = performance.now();
  try {
    // A Buffer arrives as a plain Uint8Array.
    checkTrailOfFile(path, key.kind === 'raw' ? { kind: 'raw', bytes: Buffer.from(key.bytes) } : key, 'backup');
    parentPort?.postMessage({ verified: { ms: performance.now() - started } } satisfies TrailCheckMessage);
  } catch (error) {
    const e = error as { message?: string; code?: string; name?: string };
    parentPort?.postMessage({ failed: { message: e.message ?? String(error), code: e.code, name: e.name ?? 'Error' } } satisfies TrailCheckMessage);
  }
}
