import Database from 'better-sqlite3-multiple-ciphers';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { DatabaseKey } from '../electron/services/database/database-key';
import { openDatabase, unlockConnection } from '../electron/services/database/open-database';
import { writeBackupInBackground } from '../electron/services/backup/background-backup';

/**
 * A backup of the encrypted register as the app makes it, timed, with the longest stall of the
 * event loop while it runs (what a person feels as a frozen app); and the floor beside it: a plain
 * file copy of the register and a bare `VACUUM INTO` of it.
 */

export interface BackupFigures {
  seconds: number;
  longestStallMs: number;
  progressEvents: number;
  floorCopySeconds: number;
  floorVacuumIntoSeconds: number;
  bytes: number;
}

export async function measureBackup(registerPath: string, key: DatabaseKey, dir: string): Promise<BackupFigures> {
  const folder = join(dir, 'backups');
  mkdirSync(folder, { recursive: true });
  const db = openDatabase(registerPath, key, { create: false });
  db.prepare('SELECT count(*) FROM incident').get();
  let seconds: number;
  let longestStallMs: number;
  let progressEvents = 0;
  let bytes: number;
  try {
    const stalls = monitorEventLoopDelay({ resolution: 5 });
    // A ticker keeps the loop busy the way an app's timers and IPC do, so a stall shows in the figures.
    const ticker = setInterval(() => undefined, 5);
    stalls.enable();
    const started = performance.now();
    try {
      // The register stays open on the main thread, as in the app, while the backup's thread works.
      const result = await writeBackupInBackground({ registerPath, key, folder, now: new Date(), onProgress: () => (progressEvents += 1) }).done;
      bytes = result.bytes;
    } finally {
      seconds = (performance.now() - started) / 1000;
      stalls.disable();
      clearInterval(ticker);
    }
    longestStallMs = stalls.max / 1e6;
  } finally {
    db.close();
  }
  rmSync(folder, { recursive: true, force: true });

  const copyTarget = join(dir, 'floor-copy.db');
  let started = performance.now();
  copyFileSync(registerPath, copyTarget);
  const floorCopySeconds = (performance.now() - started) / 1000;
  rmSync(copyTarget, { force: true });
  const raw = new Database(registerPath, { readonly: true, fileMustExist: true });
  try {
    unlockConnection(raw, key);
    started = performance.now();
    raw.prepare('VACUUM INTO ?').run(copyTarget);
  } finally {
    raw.close();
  }
  const floorVacuumIntoSeconds = (performance.now() - started) / 1000;
  rmSync(copyTarget, { force: true });
  return { seconds, longestStallMs, progressEvents, floorCopySeconds, floorVacuumIntoSeconds, bytes };
}
