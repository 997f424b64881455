import type { Migration } from '../migration';

/*
 * Frozen history: plain SQL only. Most of the trail's bytes were the values it records, old and
 * new, as JSON text. Entries written from now on keep them deflated in `payload_packed` when that
 * is smaller, and `payload_json` is then null; the payload hash covers the bytes as stored. Entries
 * already written keep their text and their hashes, so the chain verifies as before. The only
 * change still allowed is erasing an entry's values (retention), whichever way they are kept.
 */
export const migration0016: Migration = {
  version: 16,
  description: 'The audit trail keeps the values it records deflated when that is smaller',
  sql: `
    ALTER TABLE audit_entry ADD COLUMN payload_packed BLOB;

    DROP TRIGGER audit_entry_no_update;
    CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
    WHEN NOT (
      NEW.payload_json IS NULL AND NEW.payload_packed IS NULL
      AND (OLD.payload_json IS NOT NULL OR OLD.payload_packed IS NOT NULL)
      AND NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.actor = OLD.actor
      AND NEW.incident_id IS OLD.incident_id AND NEW.reference IS OLD.reference
      AND NEW.action = OLD.action AND NEW.field IS OLD.field
      AND NEW.payload_hash = OLD.payload_hash AND NEW.prev_hash IS OLD.prev_hash AND NEW.hash = OLD.hash
      AND NEW.rows_json IS OLD.rows_json AND NEW.format IS OLD.format
    )
    BEGIN SELECT RAISE(ABORT, 'The audit trail is append-only'); END;
  `,
};
