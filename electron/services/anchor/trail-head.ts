import type { RegisterHead } from '../../../shared/register-fingerprint';
import { hashHexSql } from '../audit/trail-scan';
import type { Db } from '../database/open-database';

const HASH_HEX = hashHexSql('hash');

/**
 * Reads the trail's head and single entries straight from the table, so the fingerprint never
 * depends on the code that writes the trail. A register without a trail table has no head.
 */
export function readTrailHead(db: Db): RegisterHead | null {
  if (!hasTrail(db)) return null;
  const row = db.prepare<[], { id: number; hash: string }>(`SELECT id, ${HASH_HEX} AS hash FROM audit_entry ORDER BY id DESC LIMIT 1`).get();
  return row ? { entry: row.id, hash: row.hash } : null;
}

/** The hash of entry `entry`, or null when the trail has no such entry. */
export function entryHashAt(db: Db, entry: number): string | null {
  if (!hasTrail(db)) return null;
  return db.prepare<[number], string>(`SELECT ${HASH_HEX} FROM audit_entry WHERE id = ?`).pluck().get(entry) ?? null;
}

/**
 * The trail's head just before its newest 'restored' entry: the head of the backup that was
 * restored (the restore writes that entry into the copy before swapping it in). Null without one.
 */
export function headBeforeRestore(db: Db): RegisterHead | null {
  if (!hasTrail(db)) return null;
  const restored = db.prepare<[], number>("SELECT id FROM audit_entry WHERE action = 'restored' ORDER BY id DESC LIMIT 1").pluck().get();
  if (restored === undefined || restored <= 1) return null;
  const hash = entryHashAt(db, restored - 1);
  return hash ? { entry: restored - 1, hash } : null;
}

/** When and by whom the entries after `entry` (up to `upTo`) were written, oldest first. */
export function entriesAfter(db: Db, entry: number, upTo: number): { id: number; at: string; actor: string }[] {
  return db
    .prepare<[number, number], { id: number; at: string; actor: string }>('SELECT id, at, actor FROM audit_entry WHERE id > ? AND id <= ? ORDER BY id')
    .all(entry, upTo);
}

function hasTrail(db: Db): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_entry'").get() !== undefined;
}
