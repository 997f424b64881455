import { parentPort, Worker } from 'node:worker_threads';
import type { VerifyResult } from '../../../shared/audit';
import type { TrailExpectations } from '../audit/trail-walk';
import { joinVerifyParts, readRowDigests, verifyChainHalf, verifyRowsHalf } from '../audit/verify-register';
import type { DatabaseKey } from '../database/database-key';
import { readTrailPartOfFile, requireIntact } from '../security/check-register-file';
import type { SentError } from './thread-errors';
import { errorFromThread, errorToSend, keyFromThread } from './thread-errors';

/**
 * The trail half of a fresh backup's check, beside the page check, on two threads (the verify is
 * CPU-bound and the copy is not written to while checked), each reading the file once: one walks
 * the trail's chain, the other digests the register's rows meanwhile, then checks them against
 * what the walk found the trail vouches for, which this thread passes on from the chain's thread.
 * (Not over a channel of their own: with a port handed to each, the process crashed (SIGSEGV)
 * as the chain's thread ended, in our tests under Node 22; the cause was not found.) The backup's
 * thread starts them from its own script (the `trailOf` input), so the build has one worker entry.
 */

export type VerifyHalf = 'chain' | 'rows';

export interface TrailCheckInput {
  trailOf: { path: string; key: DatabaseKey; part: VerifyHalf };
}

type TrailCheckMessage = { verified: VerifyResult } | { failed: SentError } | { expectations: TrailExpectations | null };

/** Resolves with the time the verify took once the copy's trail holds; rejects with the check's own error. */
export async function checkTrailOnOwnThreads(script: URL, path: string, key: DatabaseKey): Promise<number> {
  const started = performance.now();
  const chain = startPart(script, { path, key, part: 'chain' });
  const rows = startPart(script, { path, key, part: 'rows' });
  let passedOn = false;
  const passOn = (expectations: TrailExpectations | null) => {
    if (passedOn) return;
    passedOn = true;
    rows.thread.postMessage(expectations);
  };
  chain.thread.on('message', (message: TrailCheckMessage) => {
    if ('expectations' in message) passOn(message.expectations);
  });
  // A chain's thread that ended without them leaves the rows' thread nothing to wait for.
  chain.thread.once('exit', () => passOn(null));
  // Both halves are let finish, so no thread still reads the copy when a failed backup removes it.
  const [chainResult, rowsResult] = await Promise.allSettled([chain.verified, rows.verified]);
  if (chainResult.status === 'rejected') throw chainResult.reason;
  if (rowsResult.status === 'rejected') throw rowsResult.reason;
  requireIntact(joinVerifyParts(chainResult.value, rowsResult.value), 'backup');
  return performance.now() - started;
}

function startPart(script: URL, trailOf: TrailCheckInput['trailOf']): { thread: Worker; verified: Promise<VerifyResult> } {
  const input: TrailCheckInput = { trailOf };
  // A thread's options (execArgv) are its parent's unless told otherwise.
  const thread = new Worker(script, { workerData: input });
  const verified = new Promise<VerifyResult>((resolve, reject) => {
    let answer: TrailCheckMessage | null = null;
    thread.on('message', (message: TrailCheckMessage) => {
      if (!('expectations' in message)) answer = message;
    });
    thread.once('error', reject);
    thread.once('exit', () => {
      if (answer && 'verified' in answer) resolve(answer.verified);
      else if (answer && 'failed' in answer) reject(errorFromThread(answer.failed));
      else reject(new Error('The check of the backup’s trail stopped before it finished'));
    });
  });
  return { thread, verified };
}

/** The thread's side: verify its half, answer, end. */
export async function runTrailCheck(input: TrailCheckInput): Promise<void> {
  const { path, part } = input.trailOf;
  const key = keyFromThread(input.trailOf.key);
  try {
    const verified = part === 'chain' ? walkChain(path, key) : await checkRows(path, key);
    post({ verified });
  } catch (error) {
    post({ failed: errorToSend(error) });
  }
}

function post(message: TrailCheckMessage): void {
  parentPort?.postMessage(message);
}

function walkChain(path: string, key: DatabaseKey): VerifyResult {
  let expectations: TrailExpectations | null = null;
  try {
    const chain = readTrailPartOfFile(path, key, 'backup', verifyChainHalf);
    expectations = chain.expectations;
    return chain.result;
  } finally {
    // Always sent, so the rows' thread never waits for a walk that failed (its own error fails the backup).
    post({ expectations });
  }
}

async function checkRows(path: string, key: DatabaseKey): Promise<VerifyResult> {
  const rows = readTrailPartOfFile(path, key, 'backup', readRowDigests);
  const expectations = await new Promise<TrailExpectations | null>((resolve) => parentPort?.once('message', resolve));
  return readTrailPartOfFile(path, key, 'backup', (db) => verifyRowsHalf(db, rows, expectations));
}
