import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';

/** SQLite's companion files: a copy or swap that forgot one could replay stale pages over new ones. */
export function sidecarPaths(path: string): string[] {
  return [`${path}-wal`, `${path}-shm`, `${path}-journal`];
}

export function removeWithSidecars(path: string): void {
  for (const file of [path, ...sidecarPaths(path)]) rmSync(file, { force: true });
}

export function removeSidecars(path: string): void {
  for (const file of sidecarPaths(path)) rmSync(file, { force: true });
}

/** Forces a file's bytes to the disk, so a rename that follows never exposes a half-written file. */
export function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes a rename itself durable. Windows cannot open folders for syncing; NTFS journals renames. */
export function fsyncDirectory(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Puts a finished, synced file in place of another in one atomic step: a crash leaves either the
 * old file or the new one under `target`, never a mixture.
 */
export function renameIntoPlace(source: string, target: string): void {
  fsyncFile(source);
  renameSync(source, target);
  fsyncDirectory(dirname(target));
}

export function existingSidecars(path: string): string[] {
  return sidecarPaths(path).filter((file) => existsSync(file));
}
