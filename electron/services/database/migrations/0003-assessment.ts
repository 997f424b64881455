import type { Migration } from '../migration';

/**
 * Risk assessments: one row per version, never updated, so every decision and the advice
 * behind it stays on the incident's record. The answers, advice, decision and the record's
 * facts at the time are kept as JSON and read back through the shared schemas. An
 * assessment goes with its incident when the incident is removed after its retention period.
 */
export const migration0003: Migration = {
  version: 3,
  description: 'Risk assessment versions',
  sql: `
    CREATE TABLE assessment (
      id INTEGER PRIMARY KEY,
      incident_id INTEGER NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
      version INTEGER NOT NULL CHECK (version >= 1),
      created_at TEXT NOT NULL,
      actor TEXT NOT NULL,
      answers_json TEXT NOT NULL CHECK (json_valid(answers_json)),
      advice_json TEXT NOT NULL CHECK (json_valid(advice_json)),
      decision_json TEXT NOT NULL CHECK (json_valid(decision_json)),
      from_record_json TEXT NOT NULL CHECK (json_valid(from_record_json)),
      -- Also the index for "this incident's versions, newest first".
      UNIQUE (incident_id, version)
    ) STRICT;

    CREATE TRIGGER assessment_no_update BEFORE UPDATE ON assessment
    BEGIN SELECT RAISE(ABORT, 'Assessment versions are never changed: save a new version'); END;
  `,
};
