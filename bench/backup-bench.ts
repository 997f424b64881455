import Database from 'better-sqlite3-multiple-ciphers';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import type { DatabaseKey } from '../electron/services/database/database-key';
import { openDatabase, unlockConnection } from '../electron/services/database/open-database';
import { writeBackupInBackground } from '../electron/services/backup/background-backup';
import type { StepTimings } from '../electron/services/backup/backup-steps';
import type { BackupWorkerScript } from '../electron/services/backup/backup-worker-script';
import { backupWorkerFromSource, builtBackupWorker } from '../electron/services/backup/backup-worker-script';

/**
 * A backup of the encrypted register as the app makes it, timed step by step on its thread, with
 * the longest stall of the main thread's event loop while it runs (what a person feels as a frozen
 * app) and the time the main thread itself spent on it; and the floors beside it: a plain file copy
 * of the register, a bare `VACUUM INTO`, and quick_check and integrity_check of that copy (the
 * page check the backup makes, and the one it does not).
 */

export interface BackupFigures {
  seconds: number;
  /** Milliseconds per part, on the backup's thread; `mainThreadMs` on the main thread. */
  steps: StepTimings & { mainThreadMs: number; longestMainTaskMs: number };
  longestStallMs: number;
  /**
   * The control: the longest stall of the same event loop over the same length of time with no
   * backup, while another thread keeps one core busy as the backup's does. On a loaded machine the
   * operating system alone holds the loop back this long; the backup cannot do better than this.
   */
  controlStallMs: number;
  progressEvents: number;
  worker: 'built' | 'source';
  floorCopySeconds: number;
  floorVacuumIntoSeconds: number;
  floorQuickCheckSeconds: number;
  floorIntegrityCheckSeconds: number;
  bytes: number;
}

const REPO_ROOT = join(import.meta.dirname, '..');

/**
 * The build's worker when there is one newer than every source file it is built from (as the app
 * runs it); otherwise from source, through tsx, so an old build never measures old code.
 */
function benchWorker(): [BackupWorkerScript, 'built' | 'source'] {
  const built = builtBackupWorker(join(REPO_ROOT, 'out', 'main'));
  const fresh = existsSync(built.path) && newestSourceMs() < statSync(built.path).mtimeMs;
  return fresh ? [built, 'built'] : [backupWorkerFromSource(join(REPO_ROOT, 'electron', 'services', 'backup')), 'source'];
}

function newestSourceMs(): number {
  let newest = 0;
  for (const folder of ['electron', 'shared']) {
    for (const file of readdirSync(join(REPO_ROOT, folder), { recursive: true, encoding: 'utf8' })) {
      if (file.endsWith('.ts')) newest = Math.max(newest, statSync(join(REPO_ROOT, folder, file)).mtimeMs);
    }
  }
  return newest;
}

export async function measureBackup(registerPath: string, key: DatabaseKey, dir: string): Promise<BackupFigures> {
  const folder = join(dir, 'backups');
  mkdirSync(folder, { recursive: true });
  const db = openDatabase(registerPath, key, { create: false });
  db.prepare('SELECT count(*) FROM incident').get();
  const [script, worker] = benchWorker();
  let seconds: number;
  let longestStallMs: number;
  let progressEvents = 0;
  let bytes: number;
  let steps: BackupFigures['steps'];
  try {
    const stalls = monitorEventLoopDelay({ resolution: 5 });
    // A ticker keeps the loop busy the way an app's timers and IPC do, so a stall shows in the figures.
    const ticker = setInterval(() => undefined, 5);
    stalls.enable();
    const started = performance.now();
    try {
      // The register stays open on the main thread, as in the app, while the backup's thread works.
      const backup = writeBackupInBackground({ registerPath, key, folder, now: new Date(), worker: script, onProgress: () => (progressEvents += 1) });
      bytes = (await backup.done).bytes;
      steps = backup.timings();
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
  const controlStallMs = await controlStall(Math.min(seconds, 60));

  const copyTarget = join(dir, 'floor-copy.db');
  let started = performance.now();
  copyFileSync(registerPath, copyTarget);
  const floorCopySeconds = (performance.now() - started) / 1000;
  rmSync(copyTarget, { force: true });
  const raw = new Database(registerPath, { readonly: true, fileMustExist: true });
  let floorVacuumIntoSeconds: number;
  try {
    unlockConnection(raw, key);
    started = performance.now();
    raw.prepare('VACUUM INTO ?').run(copyTarget);
    floorVacuumIntoSeconds = (performance.now() - started) / 1000;
  } finally {
    raw.close();
  }
  const copy = new Database(copyTarget, { readonly: true, fileMustExist: true });
  let floorQuickCheckSeconds: number;
  let floorIntegrityCheckSeconds: number;
  try {
    unlockConnection(copy, key);
    started = performance.now();
    copy.pragma('quick_check');
    floorQuickCheckSeconds = (performance.now() - started) / 1000;
    started = performance.now();
    copy.pragma('integrity_check');
    floorIntegrityCheckSeconds = (performance.now() - started) / 1000;
  } finally {
    copy.close();
  }
  rmSync(copyTarget, { force: true });
  return { seconds, steps, longestStallMs, controlStallMs, progressEvents, worker, floorCopySeconds, floorVacuumIntoSeconds, floorQuickCheckSeconds, floorIntegrityCheckSeconds, bytes };
}

/** The longest event-loop stall over `seconds` while another thread spins on a core. */
async function controlStall(seconds: number): Promise<number> {
  const stalls = monitorEventLoopDelay({ resolution: 5 });
  const ticker = setInterval(() => undefined, 5);
  stalls.enable();
  const spinner = new Worker(`const end = Date.now() + ${Math.round(seconds * 1000)}; while (Date.now() < end) {}`, { eval: true });
  await new Promise((resolve) => spinner.once('exit', resolve));
  stalls.disable();
  clearInterval(ticker);
  return stalls.max / 1e6;
}

/** The figures in words, a line per step, for the bench's output. */
export function describeBackup(figures: BackupFigures): string[] {
  const s = (ms: number | undefined) => `${((ms ?? 0) / 1000).toFixed(1)} s`;
  const { steps } = figures;
  return [
    `  ${figures.seconds.toFixed(1)} s in all (worker ${figures.worker}), ${(figures.bytes / 1e6).toFixed(0)} MB, ${figures.progressEvents} progress reports`,
    `  main thread: longest event-loop stall ${figures.longestStallMs.toFixed(0)} ms (control, no backup, one core busy: ${figures.controlStallMs.toFixed(0)} ms); ` +
      `the backup's own work on it ${steps.mainThreadMs.toFixed(0)} ms in all, longest single piece ${steps.longestMainTaskMs.toFixed(1)} ms`,
    `  on the backup's thread: copy (VACUUM INTO) ${s(steps.copying)}, sync ${s(steps.syncing)}, row counts ${s(steps.facts)}, ` +
      `quick_check ${s(steps.checking)} with the trail verify beside it, its chain and its rows on a thread each (${s(steps.trail)}; waited for after ${s(steps.verifying)}), recovery file + fingerprint + rename ${s(steps.saving)}`,
    `  floors: file copy ${figures.floorCopySeconds.toFixed(1)} s, bare VACUUM INTO ${figures.floorVacuumIntoSeconds.toFixed(1)} s; ` +
      `of that copy, quick_check ${figures.floorQuickCheckSeconds.toFixed(1)} s, integrity_check ${figures.floorIntegrityCheckSeconds.toFixed(1)} s (not run by the backup)`,
  ];
}
