import type { Migration } from '../migration';

/**
 * Each new audit entry lists the rows its transaction touched, with a digest of each row's facts
 * (null for a deleted row), and its hash covers that list, so every row of every table the app
 * shows can be checked against the trail. Older entries keep their hash format (no list).
 * The append-only rule now also keeps the list unchanged.
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
};
