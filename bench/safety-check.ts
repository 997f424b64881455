import type { DatabaseKey } from '../electron/services/database/database-key';
import { openDatabase } from '../electron/services/database/open-database';

/**
 * The register's safety settings, read back from a connection opened exactly as the app opens
 * one: the bench refuses to report figures bought by weakening any of them.
 */
export interface SafetySettings {
  cipher: string;
  journalMode: string;
  synchronous: string;
  secureDelete: boolean;
  tempStore: string;
  mmapSize: number;
}

export function checkSafety(path: string, key: DatabaseKey): SafetySettings {
  const db = openDatabase(path, key, { create: false });
  try {
    const settings: SafetySettings = {
      cipher: String(db.pragma('cipher', { simple: true })),
      journalMode: String(db.pragma('journal_mode', { simple: true })),
      synchronous: ['off', 'normal', 'full', 'extra'][Number(db.pragma('synchronous', { simple: true }))] ?? 'unknown',
      secureDelete: Number(db.pragma('secure_delete', { simple: true })) === 1,
      tempStore: ['default', 'file', 'memory'][Number(db.pragma('temp_store', { simple: true }))] ?? 'unknown',
      mmapSize: Number(db.pragma('mmap_size', { simple: true })),
    };
    const weakened =
      settings.cipher !== 'sqlcipher' ||
      settings.journalMode !== 'wal' ||
      settings.synchronous !== 'full' ||
      !settings.secureDelete ||
      settings.tempStore !== 'memory' ||
      settings.mmapSize !== 0;
    if (weakened) throw new Error(`The register's safety settings are not the shipped ones: ${describeSafety(settings)}`);
    return settings;
  } finally {
    db.close();
  }
}

export function describeSafety(settings: SafetySettings): string {
  return `cipher ${settings.cipher}, journal ${settings.journalMode}, synchronous=${settings.synchronous}, secure_delete=${settings.secureDelete ? 'on' : 'off'}, temp_store=${settings.tempStore}, mmap_size=${settings.mmapSize} — as shipped`;
}
