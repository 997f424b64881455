import type { Migration } from '../migration';

/**
 * Frozen history: plain SQL only. The letter to the people affected, in its own words: every save
 * is a new version (the fields as JSON), so what was sent on a given day can be shown later.
 * Removing a breach removes its letters with it.
 */
export const migration0010: Migration = {
  version: 10,
  description: 'Letter versions: the letter to the people affected, edited apart from the record',
  sql: `
    CREATE TABLE letter_version (
      id INTEGER PRIMARY KEY,
      incident_id INTEGER NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
      version INTEGER NOT NULL CHECK (version > 0),
      fields_json TEXT NOT NULL CHECK (json_valid(fields_json)),
      saved_at TEXT NOT NULL,
      saved_by TEXT NOT NULL,
      UNIQUE (incident_id, version)
    ) STRICT;
  `,
};
