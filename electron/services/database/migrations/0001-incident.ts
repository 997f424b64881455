import type { Migration } from '../migration';

export const migration0001: Migration = {
  version: 1,
  description: 'Incidents and their yearly reference counter',
  sql: `
    CREATE TABLE incident (
      id INTEGER PRIMARY KEY,
      reference TEXT NOT NULL UNIQUE,
      title TEXT NOT NULL,
      occurred_at TEXT,
      aware_at TEXT NOT NULL,
      description TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX incident_by_aware_at ON incident (aware_at DESC, id DESC);
    CREATE TABLE reference_counter (
      year INTEGER PRIMARY KEY,
      last_number INTEGER NOT NULL
    ) STRICT;
  `,
};
