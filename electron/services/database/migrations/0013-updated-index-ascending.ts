import type { Migration } from '../migration';

/*
 * Frozen history: plain SQL only. Every save moves its incident's entry in incident_by_updated to
 * the newest time. Kept in descending order, the newest end is the index's first page, and SQLite
 * rebalances an insert there with the pages beside it (about 3.4 pages written per save, on pages
 * left two-thirds full); kept ascending, it is the last page, where SQLite appends cheaply (about
 * 2.3) and fills pages. The register's "recently changed" order walks it backwards, as fast.
 * Same columns, same name.
 */
export const migration0013: Migration = {
  version: 13,
  description: 'The index of last changes grows at its end, where a save appends to it cheaply',
  sql: `
    DROP INDEX incident_by_updated;
    CREATE INDEX incident_by_updated ON incident
      (updated_at, id, status, year, cause, breach_types, reported_at, report_decision, aware_at, kind);
  `,
};
