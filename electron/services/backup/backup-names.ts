import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';

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
 * The name a backup is written under until it has been verified (the file, or the folder it is
 * written in). A killed backup leaves only this (hidden, obviously unfinished) name, never a file
 * with a finished backup's name.
 */
export function partialName(fileName: string): string {
  return `.${fileName}.partial`;
}

export function isPartialName(name: string): boolean {
  return /^\.breachlog-backup-.*\.partial(-journal|-wal|-shm)?$/.test(name) || /^breachlog-backup-.*\.(recovery|fingerprint)\.partial$/.test(name);
}

/**
 * The name a replaced register is kept under: `register.db.replaced-2026-11-25T09-00-00-123Z`, to
 * the millisecond, with a counter when that name (or a companion file of it) is already taken.
 * Never the name of an existing file, so no kept-aside copy is ever overwritten, even by two
 * restores in the same millisecond (they are also run one at a time).
 */
export function replacedCopyPath(databasePath: string, at: Date): string {
  const base = `${databasePath}.replaced-${at.toISOString().replaceAll(':', '-').replace('.', '-')}`;
  let path = base;
  for (let n = 2; [path, `${path}-wal`, `${path}-journal`].some((file) => existsSync(file)); n += 1) path = `${base}-${n}`;
  return path;
}

const REPLACED = /\.replaced-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})(?:-(\d{3}))?Z(?:-\d+)?$/;

/** Whether `name` is a kept-aside copy of the register `databasePath` (not one of its companion files). */
export function isReplacedCopyName(databasePath: string, name: string): boolean {
  return name.startsWith(`${basename(databasePath)}.replaced-`) && REPLACED.test(name);
}

/** When a replaced copy was put aside, read from its name (older names have no milliseconds). */
export function replacedAt(name: string): string | null {
  const match = REPLACED.exec(name);
  if (!match) return null;
  const [, day, hours, minutes, seconds, millis] = match;
  return new Date(`${day}T${hours}:${minutes}:${seconds}.${millis ?? '000'}Z`).toISOString();
}
