import type { Db } from '../database/open-database';
import { AuditTrail } from './audit-trail';
import { COVERED_TABLES } from './covered-tables';
import type { SealedRow } from './row-digest';
import { sealRow } from './row-digest';

export const BASELINE_ACTION = 'trail_baseline';
const BASELINE_ACTOR = 'Breachlog (upgrade)';

/**
 * A register from before the trail recorded rows (schema version 4 or older) gets, once, entries
 * recording the digests of every row as it is at the upgrade: one per breach, one for the
 * register-wide rows. The older trail cannot vouch for those rows; from here on every change is
 * checked. Runs when the trail has no entry recording rows yet and there is something to record.
 */
export function sealBaselineIfNeeded(db: Db, at: Date): void {
  const recordsRows = db.prepare('SELECT 1 FROM audit_entry WHERE rows_json IS NOT NULL ORDER BY id DESC LIMIT 1').get() !== undefined;
  if (recordsRows) return;
  const hasEntries = db.prepare('SELECT 1 FROM audit_entry LIMIT 1').get() !== undefined;
  const hasRows = COVERED_TABLES.some((table) => db.prepare(`SELECT 1 FROM (${table.selectAll}) LIMIT 1`).get() !== undefined);
  if (!hasRows && !hasEntries) return;
  const audit = new AuditTrail(db);
  const incidents = db.prepare<[], { id: number; reference: string }>('SELECT id, reference FROM incident ORDER BY id');
  const owned = COVERED_TABLES.filter((table) => table.selectByOwner).map((table) => ({ table, statement: db.prepare(table.selectByOwner ?? '') }));
  db.transaction(() => {
    const append = (incidentId: number | null, reference: string | null, rows: SealedRow[]) =>
      audit.append(
        { at, actor: BASELINE_ACTOR, incidentId, reference, action: BASELINE_ACTION, field: null, oldValue: null, newValue: { rows: rows.length } },
        rows,
      );
    const registerWide: SealedRow[] = [];
    for (const table of COVERED_TABLES.filter((candidate) => !candidate.selectByOwner)) {
      for (const row of db.prepare<[], Record<string, unknown>>(table.selectAll).all()) registerWide.push(sealRow(table, String(row['trail_key']), row));
    }
    append(null, null, registerWide);
    for (const incident of incidents.all()) {
      const rows: SealedRow[] = [];
      for (const { table, statement } of owned) {
        for (const row of statement.all(incident.id) as Record<string, unknown>[]) rows.push(sealRow(table, String(row['trail_key']), row));
      }
      append(incident.id, incident.reference, rows);
    }
  })();
}
