import type { Db } from '../database/open-database';
import { entryHash } from './audit-hash';
import type { AuditRow } from './audit-trail';
import { COVERED_BY_NAME } from './covered-tables';
import type { SealedRow } from './row-digest';
import { sealRow } from './row-digest';

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
  for (const entry of entries.iterate(owner)) {
    const sealed = (JSON.parse(entry.rows_json ?? '[]') as SealedRow[]).find((item) => item.t === tableName && item.k === key);
    if (!sealed) continue;
    const unaltered =
      entryHash({
        id: entry.id,
        at: entry.at,
        actor: entry.actor,
        incidentId: entry.incident_id,
        reference: entry.reference,
        action: entry.action,
        field: entry.field,
        payloadHash: entry.payload_hash,
        prevHash: entry.prev_hash,
        rowsJson: entry.rows_json ?? null,
      }) === entry.hash;
    return unaltered && sealRow(table, key, current()).d === sealed.d;
  }
  // Never sealed: only a row that was never written (a setting left at its default) matches.
  return current() === undefined;
}
