import type { Migration } from '../migration';

/** ICO submissions, the people told, and which deadline reminders have fired (so none fires twice). */
export const migration0004: Migration = {
  version: 4,
  description: 'ICO submissions, telling the people affected, fired reminders',
  sql: `
    CREATE TABLE ico_submission (
      id INTEGER PRIMARY KEY,
      incident_id INTEGER NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('initial', 'follow_up')),
      submitted_at TEXT NOT NULL,
      channel TEXT NOT NULL,
      what_was_sent TEXT NOT NULL,
      ico_case_reference TEXT NOT NULL,
      late_reason TEXT NOT NULL,
      late INTEGER NOT NULL,
      recorded_at TEXT NOT NULL,
      recorded_by TEXT NOT NULL
    ) STRICT;
    CREATE INDEX ico_submission_by_incident ON ico_submission (incident_id, submitted_at);

    CREATE TABLE people_told (
      id INTEGER PRIMARY KEY,
      incident_id INTEGER NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
      told_at TEXT NOT NULL,
      method TEXT NOT NULL,
      told_by TEXT NOT NULL,
      note TEXT NOT NULL,
      recorded_at TEXT NOT NULL,
      recorded_by TEXT NOT NULL
    ) STRICT;
    CREATE INDEX people_told_by_incident ON people_told (incident_id, told_at);

    -- One row per incident, awareness time and threshold: a corrected awareness time is a new clock.
    CREATE TABLE reminder_fired (
      incident_id INTEGER NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
      aware_at TEXT NOT NULL,
      hours_left INTEGER NOT NULL,
      fired_at TEXT NOT NULL,
      missed INTEGER NOT NULL,
      seen INTEGER NOT NULL DEFAULT 0,
      PRIMARY KEY (incident_id, aware_at, hours_left)
    ) STRICT;

    CREATE INDEX incident_running_clocks ON incident (aware_at)
      WHERE aware_at IS NOT NULL AND reported_at IS NULL AND (report_decision IS NULL OR report_decision = 'required');
  `,
};
