import type { Db } from '../database/open-database';
import type { Namer, Problem, TrailExpectations } from './trail-walk';

/**
 * A register from before schema 5, whose trail vouched only for the record's fields through its
 * "changed" entries: each record against the fields those entries leave it with.
 */
export function compareLegacyRecords(db: Db, expectations: TrailExpectations, problems: Problem[], name: Namer): void {
  const { legacyFields: fields, removedBy } = expectations;
  // Registers made before the record moved to its own table keep it in `incident` itself.
  const recordInIncident = db.prepare<[], number>("SELECT count(*) FROM pragma_table_info('incident') WHERE name = 'record_json'").pluck().get() === 1;
  const rows = db.prepare<[], { id: number; reference: string; record_json: string }>(
    recordInIncident
      ? 'SELECT id, reference, record_json FROM incident ORDER BY id'
      : 'SELECT i.id, i.reference, r.record_json FROM incident i JOIN incident_record r ON r.incident_id = i.id ORDER BY i.id',
  );
  for (const row of rows.iterate()) {
    if (removedBy.has(row.id)) continue;
    const trail = fields.get(row.id);
    const reference = row.reference;
    if (!trail) {
      problems.push({
        kind: 'not_on_trail',
        reference,
        column: '(the whole record: it has no audit trail)',
        message: `${reference} is not on the audit trail: it was added outside Breachlog.`,
      });
      continue;
    }
    let record: Record<string, unknown>;
    try {
      record = JSON.parse(row.record_json) as Record<string, unknown>;
    } catch {
      problems.push({ kind: 'changed', reference, message: `${reference}: its full record can no longer be read.` });
      continue;
    }
    for (const [field, value] of Object.entries(trail)) {
      if (JSON.stringify(record[field] ?? null) !== JSON.stringify(value ?? null)) {
        problems.push({ kind: 'changed', reference, column: field, message: `${name(row.id, reference)}: “${field}” has been changed outside Breachlog.` });
      }
    }
  }
}
