import type { Db } from '../database/open-database';
import { GENESIS_HASH, hashHex } from './audit-hash';
import type { AuditRow } from './audit-trail';
import { recomputedHash } from './audit-trail';
import { COVERED_BY_NAME } from './covered-tables';
import { sealRow } from './row-digest';
import { readRows } from './trail-rows';

/**
 * Whether one row is as its newest audit entry sealed it (and that entry is itself unaltered):
 * a quick check before acting on a row's facts, such as removing a breach after retention. The
 * owner narrows the search to that incident's entries; register-wide rows are sealed by
 * register-wide entries. A row never sealed matches only if it does not exist. The full check is verify-register.ts.
 */
export function rowMatchesTrail(db: Db, tableName: string, key: string, owner: number | null): boolean {
  const table = COVERED_BY_NAME.get(tableName);
  if (!table) throw new Error(`Unknown covered table ${tableName}`);
  const current = () => db.prepare(table.selectOne).get(table.keyParams(key)) as Record<string, unknown> | undefined;
  const entries = db.prepare<[number | null], AuditRow>(
    'SELECT * FROM audit_entry WHERE incident_id IS ? AND rows_json IS NOT NULL ORDER BY id DESC',
  );
  const hashBefore = db.prepare<[number], Buffer | string>('SELECT hash FROM audit_entry WHERE id = ?').pluck();
  for (const entry of entries.iterate(owner)) {
    const rows = readRows(entry.rows_json, entry.format);
    // An unreadable list was edited by hand: nothing after it can be trusted.
    if (rows === null) return false;
    const sealed = rows.find((item) => item.t === tableName && item.k === key);
    if (!sealed) continue;
    // A compact entry's link is implied: its hash covers the hash of the entry before it.
    const before = entry.id === 1 ? GENESIS_HASH : hashBefore.get(entry.id - 1);
    const unaltered = before !== undefined && recomputedHash(entry, hashHex(before)) === hashHex(entry.hash);
    return unaltered && sealRow(table, key, current()).d === sealed.d;
  }
  // Never sealed: only a row that was never written (a setting left at its default) matches.
  return current() === undefined;
}
