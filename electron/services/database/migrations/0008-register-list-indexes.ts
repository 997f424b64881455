import type { Migration } from '../migration';

/*
 * Frozen history: plain SQL only. Every filter and sort of the register list gets an index that
 * reads its page in the order it is shown. The register's filters that had no index of their own (breach
 * type, reported to the ICO, the deadline states "not started" and "not required") get partial
 * indexes in awareness order, so a page of any filter is read from an index in the order it is
 * shown and its count from the same index alone, instead of testing every incident. Partial: each
 * holds only the incidents its filter matches, so a save that changes none of their columns
 * writes none of them. The kind rides at the end of each, as in 0007, because the list shows
 * breaches only unless asked. The list query names the same conditions, word for word, so the planner can
 * use them (electron/services/register/register-list-query.ts).
 */
export const migration0008: Migration = {
  version: 8,
  description: 'An index in page order for every filter and sort of the register list',
  sql: `
    CREATE INDEX incident_confidentiality_aware ON incident (aware_at DESC, id DESC, kind) WHERE (breach_types & 1) != 0;
    CREATE INDEX incident_integrity_aware ON incident (aware_at DESC, id DESC, kind) WHERE (breach_types & 2) != 0;
    CREATE INDEX incident_availability_aware ON incident (aware_at DESC, id DESC, kind) WHERE (breach_types & 4) != 0;
    CREATE INDEX incident_reported_aware ON incident (aware_at DESC, id DESC, kind) WHERE reported_at IS NOT NULL;
    CREATE INDEX incident_unreported_aware ON incident (aware_at DESC, id DESC, kind) WHERE reported_at IS NULL;
    CREATE INDEX incident_not_required_aware ON incident (aware_at DESC, id DESC, kind) WHERE report_decision = 'not_required';
    CREATE INDEX incident_clock_not_started ON incident (aware_at DESC, id DESC, kind)
      WHERE aware_at IS NULL AND (report_decision IS NULL OR report_decision = 'required');

    -- Reference order within a status, year or cause: an index on the column alone keeps each
    -- value's incidents in id order. Written only when the column changes.
    CREATE INDEX incident_by_status ON incident (status);
    CREATE INDEX incident_by_year ON incident (year);
    CREATE INDEX incident_by_cause ON incident (cause);

    -- "Recently changed" with any filter walks this one index and tests the filter in the index
    -- entry itself, never the row. Every save rewrites this index's entry anyway (its time
    -- changes), so holding the filter columns costs no extra page.
    DROP INDEX incident_by_updated;
    CREATE INDEX incident_by_updated ON incident
      (updated_at DESC, id DESC, status, year, cause, breach_types, reported_at, report_decision, aware_at, kind);
  `,
};
