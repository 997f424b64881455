import type { Migration } from '../migration';

type Db = Parameters<NonNullable<Migration['after']>>[0];

/**
 * Migrations 0002 and 0004 were changed after registers had been made with them: the full record
 * moved from a `record_json` column of `incident` into its own `incident_record` table, the search
 * index gained prefix indexes, and the running-clocks index its report-decision condition. A
 * register made before that change reports the same version but has the old shape; this brings
 * it to the shape every later step expects (and does nothing to a register that has it already).
 */
function repairEditedHistory(db: Db): void {
  const hasColumn = (table: string, column: string) =>
    db.prepare<[string, string], number>('SELECT count(*) FROM pragma_table_info(?) WHERE name = ?').pluck().get(table, column) === 1;
  if (hasColumn('incident', 'record_json')) {
    db.exec(`
      CREATE TABLE incident_record (
        incident_id INTEGER PRIMARY KEY REFERENCES incident (id) ON DELETE CASCADE,
        record_json TEXT NOT NULL
      ) STRICT;
      INSERT INTO incident_record (incident_id, record_json) SELECT id, record_json FROM incident;
      ALTER TABLE incident DROP COLUMN record_json;
    `);
  }
  const searchSql = db.prepare<[], string>("SELECT sql FROM sqlite_master WHERE name = 'incident_search'").pluck().get() ?? '';
  if (!searchSql.includes('prefix')) {
    db.exec(`
      CREATE VIRTUAL TABLE incident_search_prefixed USING fts5 (
        reference, title, body,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '1 2 3'
      );
      INSERT INTO incident_search_prefixed (rowid, reference, title, body) SELECT rowid, reference, title, body FROM incident_search;
      DROP TABLE incident_search;
      ALTER TABLE incident_search_prefixed RENAME TO incident_search;
    `);
  }
  db.exec(`
    DROP INDEX IF EXISTS incident_running_clocks;
    CREATE INDEX incident_running_clocks ON incident (aware_at)
      WHERE aware_at IS NOT NULL AND reported_at IS NULL AND (report_decision IS NULL OR report_decision = 'required');
  `);
}

/**
 * Each new audit entry lists the rows its transaction touched, with a digest of each row's facts
 * (null for a deleted row), and its hash covers that list, so every row of every table the app
 * shows can be checked against the trail. Older entries keep their hash format (no list).
 * The append-only rule now also keeps the list unchanged. Registers made before migrations 0002
 * and 0004 were edited are brought to their later shape first.
 */
export const migration0005: Migration = {
  version: 5,
  description: 'Audit entries record the digests of the rows their change touched',
  sql: `
    ALTER TABLE audit_entry ADD COLUMN rows_json TEXT;

    DROP TRIGGER audit_entry_no_update;
    CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
    WHEN NOT (
      NEW.payload_json IS NULL AND OLD.payload_json IS NOT NULL
      AND NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.actor = OLD.actor
      AND NEW.incident_id IS OLD.incident_id AND NEW.reference IS OLD.reference
      AND NEW.action = OLD.action AND NEW.field IS OLD.field
      AND NEW.payload_hash = OLD.payload_hash AND NEW.prev_hash = OLD.prev_hash AND NEW.hash = OLD.hash
      AND NEW.rows_json IS OLD.rows_json
    )
    BEGIN SELECT RAISE(ABORT, 'The audit trail is append-only'); END;
  `,
  after: repairEditedHistory,
};
