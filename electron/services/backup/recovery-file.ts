import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import type { DatabaseKey } from '../database/database-key';
import { AppError } from '../errors';
import type { SealedSecret } from '../security/passphrase-seal';
import { openWithPassphrase, sealedSecretSchema } from '../security/passphrase-seal';
import { renameIntoPlace } from '../security/durable-files';

/**
 * Beside each backup of a key-store register with a recovery passphrase: the register's key sealed
 * with that passphrase, so the backup can be restored on a new PC whose key store never held it.
 * Nothing in it is readable without the passphrase.
 */
const recoveryFileSchema = z.object({
  format: z.literal('breachlog-recovery'),
  version: z.literal(1),
  sealedKey: sealedSecretSchema,
});

export function recoveryFilePath(backupPath: string): string {
  return `${backupPath}.recovery`;
}

/** Written (synced, then renamed) before the backup gets its final name, so a finished backup never lacks it. */
export function writeRecoveryFile(backupPath: string, sealedKey: SealedSecret): void {
  const path = recoveryFilePath(backupPath);
  const temporary = `${path}.partial`;
  try {
    writeFileSync(temporary, JSON.stringify({ format: 'breachlog-recovery', version: 1, sealedKey }), { mode: 0o600 });
    renameIntoPlace(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
}

/**
 * The backup's key from its recovery file and passphrase, or null when the backup has no recovery
 * file (a backup of a passphrase register, which opens with its passphrase directly).
 */
export async function keyFromRecoveryFile(backupPath: string, passphrase: string): Promise<DatabaseKey | null> {
  const path = recoveryFilePath(backupPath);
  if (!existsSync(path)) return null;
  let parsed;
  try {
    parsed = recoveryFileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  } catch {
    parsed = null;
  }
  if (!parsed?.success) {
    throw new AppError('database_damaged', 'The recovery file beside this backup is damaged. Use the recovery key instead; nothing has been changed.');
  }
  try {
    return { kind: 'raw', bytes: await openWithPassphrase(parsed.data.sealedKey, passphrase) };
  } catch {
    throw new AppError('wrong_key', 'That is not the recovery passphrase for this backup. Nothing has been changed.', [
      { path: 'passphrase', message: 'This is not the recovery passphrase' },
    ]);
  }
}
