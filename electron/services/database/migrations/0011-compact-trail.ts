import type { Migration } from '../migration';

/*
 * Frozen history: plain SQL only. The trail kept three 64-character hex hashes per entry, the
 * newest also in a UNIQUE index nothing looks up (about a third of the trail's bytes, and one
 * random index page written per entry). Each hash is now kept as its 32 bytes; the chain still
 * hashes the same hex text, so every entry verifies as before and the fingerprint kept outside the
 * file still matches. The link to the entry before is left out (null) where it is that entry's
 * hash, as it is on an untouched trail; any other stored link is kept, so a broken link is still
 * found. A stored hash that is not lowercase hex is kept as its text's bytes, so it still fails.
 * Entries written from now on are in the compact format (`format` = 2: their list of rows packs
 * its digests); older entries keep theirs (`format` null). The append-only rules cover the new
 * column too. Same ids, same index on the incident.
 */
const asBytes = (column: string) => `CASE WHEN length(${column}) = 64 AND ${column} NOT GLOB '*[^0-9a-f]*' THEN unhex(${column}) ELSE CAST(${column} AS BLOB) END`;

export const migration0011: Migration = {
  version: 11,
  description: 'The audit trail keeps its hashes as bytes, without the unique index, and writes compact entries',
  sql: `
    CREATE TABLE audit_entry_compact (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      actor TEXT NOT NULL,
      incident_id INTEGER,
      reference TEXT,
      action TEXT NOT NULL,
      field TEXT,
      payload_json TEXT,
      payload_hash BLOB NOT NULL,
      prev_hash BLOB,
      hash BLOB NOT NULL,
      rows_json TEXT,
      format INTEGER
    ) STRICT;

    INSERT INTO audit_entry_compact (id, at, actor, incident_id, reference, action, field, payload_json, payload_hash, prev_hash, hash, rows_json, format)
      SELECT e.id, e.at, e.actor, e.incident_id, e.reference, e.action, e.field, e.payload_json,
        ${asBytes('e.payload_hash')},
        CASE
          WHEN e.id = 1 AND e.prev_hash = '${'0'.repeat(64)}' THEN NULL
          WHEN before.hash IS NOT NULL AND e.prev_hash = before.hash THEN NULL
          ELSE ${asBytes('e.prev_hash')}
        END,
        ${asBytes('e.hash')},
        e.rows_json, NULL
      FROM audit_entry e LEFT JOIN audit_entry before ON before.id = e.id - 1
      ORDER BY e.id;

    DROP TABLE audit_entry;
    ALTER TABLE audit_entry_compact RENAME TO audit_entry;
    CREATE INDEX audit_by_incident ON audit_entry (incident_id, id);

    CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
    BEGIN SELECT RAISE(ABORT, 'The audit trail is append-only'); END;

    -- The only change allowed: erasing a payload (retention), nothing else.
    CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
    WHEN NOT (
      NEW.payload_json IS NULL AND OLD.payload_json IS NOT NULL
      AND NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.actor = OLD.actor
      AND NEW.incident_id IS OLD.incident_id AND NEW.reference IS OLD.reference
      AND NEW.action = OLD.action AND NEW.field IS OLD.field
      AND NEW.payload_hash = OLD.payload_hash AND NEW.prev_hash IS OLD.prev_hash AND NEW.hash = OLD.hash
      AND NEW.rows_json IS OLD.rows_json AND NEW.format IS OLD.format
    )
    BEGIN SELECT RAISE(ABORT, 'The audit trail is append-only'); END;
  `,
};
