import type { Migration } from '../migration';

/*
 * Frozen history: plain SQL only. A save that changes a record's searchable text used to rewrite
 * its full-text entry at once: FTS5 writes a new segment for each transaction (about 9 of the 20
 * pages a save wrote). The save now notes the incident here, in the same transaction, and the
 * index takes every noted record in one batch before it answers a search (or once enough are
 * noted), in a few pages for the lot. Only ids are kept here, never text.
 */
export const migration0014: Migration = {
  version: 14,
  description: 'Saves note which records the search index must take again, for it to take them in batches',
  sql: `
    CREATE TABLE search_pending (incident_id INTEGER PRIMARY KEY) STRICT;
  `,
};
