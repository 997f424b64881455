import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { z } from 'zod';
import type { RegisterHead } from '../../../shared/register-fingerprint';
import { formatFingerprint, registerHeadSchema } from '../../../shared/register-fingerprint';
import { renameIntoPlace } from '../security/durable-files';

/**
 * Beside each backup, `<backup>.fingerprint`: the trail's head when the backup was made, in plain
 * JSON anyone can read (and print). A backup whose trail no longer ends there was changed after it
 * was made. The file is not secret and not sealed: it guards against a backup swapped or edited
 * on its own, not against someone who rewrites both files.
 */
const FORMAT = 'breachlog-backup-fingerprint';

const backupFingerprintSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(1),
  backup: z.string(),
  head: registerHeadSchema.nullable(),
  /** The same in the form printed on documents, for a person reading the file. */
  fingerprint: z.string(),
  writtenAt: z.string(),
});

export function backupFingerprintPath(backupPath: string): string {
  return `${backupPath}.fingerprint`;
}

/** Written (synced, renamed) once the backup has passed its checks, before it gets its final name. */
export function writeBackupFingerprint(backupPath: string, head: RegisterHead | null, now: Date): void {
  const path = backupFingerprintPath(backupPath);
  const temporary = `${path}.partial`;
  const content: z.infer<typeof backupFingerprintSchema> = {
    format: FORMAT,
    version: 1,
    backup: basename(backupPath),
    head,
    fingerprint: head ? formatFingerprint(head, 64) : 'no entries',
    writtenAt: now.toISOString(),
  };
  try {
    writeFileSync(temporary, `${JSON.stringify(content, null, 2)}\n`, { mode: 0o600 });
    renameIntoPlace(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
}

export interface BackupFingerprintCheck {
  /** 'none': no fingerprint file beside the backup (an older backup, or not copied with it). */
  state: 'matches' | 'differs' | 'none' | 'unreadable';
  message: string;
}

/**
 * Compares a backup's trail head (read from the candidate copy before anything is written into
 * it) with the fingerprint written beside the backup when it was made.
 */
export function checkBackupFingerprint(backupPath: string, candidate: RegisterHead | null): BackupFingerprintCheck {
  let text: string;
  try {
    text = readFileSync(backupFingerprintPath(backupPath), 'utf8');
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') {
      return { state: 'none', message: `There is no fingerprint file (${basename(backupPath)}.fingerprint) beside this backup to compare it with.` };
    }
    return { state: 'unreadable', message: 'The fingerprint file beside this backup could not be read.' };
  }
  const parsed = (() => {
    try {
      return backupFingerprintSchema.safeParse(JSON.parse(text));
    } catch {
      return null;
    }
  })();
  if (!parsed?.success) return { state: 'unreadable', message: 'The fingerprint file beside this backup is damaged or is not a Breachlog fingerprint.' };
  const kept = parsed.data.head;
  const same = kept === null ? candidate === null : candidate !== null && candidate.entry === kept.entry && candidate.hash === kept.hash;
  if (same) return { state: 'matches', message: 'The backup’s audit trail ends exactly where its fingerprint file says it did when the backup was made.' };
  const now = candidate ? formatFingerprint(candidate) : 'no entries';
  const then = kept ? formatFingerprint(kept) : 'no entries';
  return {
    state: 'differs',
    message: `This backup has been changed since it was made: its audit trail now ends at ${now}, but when it was made it ended at ${then}.`,
  };
}
