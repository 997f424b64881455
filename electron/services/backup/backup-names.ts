import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** A stamp safe in file names on every OS (no colons), in UTC so it sorts and never repeats an hour. */
export function fileStamp(at: Date): string {
  return at.toISOString().replace(/\.\d{3}Z$/, 'Z').replaceAll(':', '-');
}

/** `breachlog-backup-2026-11-25T09-00-00Z.db`, with a counter if that name is taken. */
export function backupFileName(folder: string, at: Date): string {
  const base = `breachlog-backup-${fileStamp(at)}`;
  let name = `${base}.db`;
  for (let n = 2; existsSync(join(folder, name)); n += 1) name = `${base}-${n}.db`;
  return name;
}

/**
 * The name a backup is written under until it has been verified. A killed backup leaves only this
 * (hidden, obviously unfinished) file, never a file with a finished backup's name.
 */
export function partialName(fileName: string): string {
  return `.${fileName}.partial`;
}

export function isPartialName(name: string): boolean {
  return /^\.breachlog-backup-.*\.partial(-journal|-wal|-shm)?$/.test(name) || /^breachlog-backup-.*\.(recovery|fingerprint)\.partial$/.test(name);
}
