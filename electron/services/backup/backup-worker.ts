import { parentPort, workerData } from 'node:worker_threads';
import type { RegisterHead } from '../../../shared/register-fingerprint';
import { readTrailHead } from '../anchor/trail-head';
import type { DatabaseKey } from '../database/database-key';
import { openReader } from '../database/open-database';
import type { RegisterFacts } from '../security/register-facts';
import { factsDifference, registerFacts } from '../security/register-facts';
import { copyRegister } from '../security/rekeyed-copy';
import { verifyFreshBackup } from './write-backup';

/**
 * The slow part of a backup, on its own thread so the app stays responsive: a consistent copy of
 * the register (`VACUUM INTO` on this thread's own read-only connection) and its proof by content
 * (integrity check, trail, row counts). The facts are read before and after the copy; if the
 * register changed in between, the copy is made again, so the copy is proved against facts of the
 * very state it holds. The main thread names the file only after this answers `done`.
 */

export interface BackupWorkerInput {
  registerPath: string;
  key: DatabaseKey;
  temporary: string;
  folder: string;
}

export type BackupWorkerMessage =
  | { step: 'copying' | 'checking' }
  | { done: { expected: RegisterFacts; head: RegisterHead | null } }
  | { failed: { message: string; code?: string; name: string } };

const ATTEMPTS = 5;

function post(message: BackupWorkerMessage): void {
  parentPort?.postMessage(message);
}

function run(input: BackupWorkerInput): void {
  // A Buffer arrives as a plain Uint8Array.
  const key: DatabaseKey = input.key.kind === 'raw' ? { kind: 'raw', bytes: Buffer.from(input.key.bytes) } : input.key;
  const db = openReader(input.registerPath, key);
  let expected: RegisterFacts;
  let head: RegisterHead | null;
  try {
    for (let attempt = 1; ; attempt += 1) {
      expected = registerFacts(db);
      head = readTrailHead(db);
      post({ step: 'copying' });
      copyRegister(db, input.temporary);
      if (factsDifference(expected, registerFacts(db)) === null) break;
      if (attempt === ATTEMPTS) throw new Error('The register kept changing while it was being copied');
    }
  } finally {
    db.close();
  }
  post({ step: 'checking' });
  verifyFreshBackup(input.temporary, key, expected, input.folder);
  post({ done: { expected, head } });
}

try {
  run(workerData as BackupWorkerInput);
} catch (error) {
  const e = error as { message?: string; code?: string; name?: string };
  post({ failed: { message: e.message ?? String(error), code: e.code, name: e.name ?? 'Error' } });
}
