import { existsSync } from 'node:fs';
import { openDatabase } from '../../../electron/services/database/open-database';

/**
 * Makes the register file for a key a test has put in the key store beforehand, as a first run
 * would have. Without it the key store's record would say a register existed whose file is
 * missing, which Breachlog reports instead of making a new one.
 */
export function ensureRegisterFile(path: string, keyBytes: Buffer): void {
  if (existsSync(path)) return;
  openDatabase(path, { kind: 'raw', bytes: Buffer.from(keyBytes) }, { create: true }).close();
}
