import type { Migration } from '../migration';

/*
 * Frozen history: plain SQL only. With two filters, the first drives (its index is walked in page
 * order) and the second was tested on the table row, one random read per index entry: "cause and
 * breach type" read up to 10,001 rows to count a rare pair (p95 42 ms at 100,000 incidents). Each
 * index a filter drives now holds the columns the other filters test, so the test is made in the
 * index entry and only a page's rows are read. The reference-order indexes name the id second,
 * which keeps each value's incidents in id order as before. The breach types' partial indexes hold
 * the types too: SQLite answers from an index alone only if it holds every column the query names,
 * even one its condition already tests. Same names, same order of entries.
 */
export const migration0015: Migration = {
  version: 15,
  description: 'The indexes the register list walks hold the columns its other filters test',
  sql: `
    DROP INDEX incident_by_status_aware;
    CREATE INDEX incident_by_status_aware ON incident (status, aware_at DESC, id DESC, kind, year, cause, breach_types, reported_at);
    DROP INDEX incident_by_year_aware;
    CREATE INDEX incident_by_year_aware ON incident (year, aware_at DESC, id DESC, kind, status, cause, breach_types, reported_at);
    DROP INDEX incident_by_cause_aware;
    CREATE INDEX incident_by_cause_aware ON incident (cause, aware_at DESC, id DESC, kind, status, year, breach_types, reported_at);

    DROP INDEX incident_by_status;
    CREATE INDEX incident_by_status ON incident (status, id, kind, year, cause, breach_types, reported_at);
    DROP INDEX incident_by_year;
    CREATE INDEX incident_by_year ON incident (year, id, kind, status, cause, breach_types, reported_at);
    DROP INDEX incident_by_cause;
    CREATE INDEX incident_by_cause ON incident (cause, id, kind, status, year, breach_types, reported_at);

    DROP INDEX incident_confidentiality_aware;
    CREATE INDEX incident_confidentiality_aware ON incident (aware_at DESC, id DESC, kind, reported_at, breach_types) WHERE (breach_types & 1) != 0;
    DROP INDEX incident_integrity_aware;
    CREATE INDEX incident_integrity_aware ON incident (aware_at DESC, id DESC, kind, reported_at, breach_types) WHERE (breach_types & 2) != 0;
    DROP INDEX incident_availability_aware;
    CREATE INDEX incident_availability_aware ON incident (aware_at DESC, id DESC, kind, reported_at, breach_types) WHERE (breach_types & 4) != 0;
  `,
};
