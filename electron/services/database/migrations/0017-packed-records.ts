import type { Migration } from '../migration';

/*
 * Frozen history: plain SQL only. A record's JSON averaged about 4 KB, just over what fits in one
 * 4 KiB page, so most records took an overflow page left mostly empty. Records saved from now on
 * are kept deflated in `record_packed` when that is smaller, `record_json` then null; exactly one
 * of the two is held. Records already stored keep their text until their next save. The rows'
 * seals on the trail are of the record's fields, so they match either way.
 */
export const migration0017: Migration = {
  version: 17,
  description: 'Records are kept deflated when that is smaller',
  sql: `
    CREATE TABLE incident_record_packed (
      incident_id INTEGER PRIMARY KEY REFERENCES incident (id) ON DELETE CASCADE,
      record_json TEXT,
      record_packed BLOB,
      CHECK ((record_json IS NULL) <> (record_packed IS NULL))
    ) STRICT;
    INSERT INTO incident_record_packed (incident_id, record_json) SELECT incident_id, record_json FROM incident_record ORDER BY incident_id;
    DROP TABLE incident_record;
    ALTER TABLE incident_record_packed RENAME TO incident_record;
  `,
};
