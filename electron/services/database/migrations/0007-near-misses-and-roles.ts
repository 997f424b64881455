import type { Migration } from '../migration';

/**
 * Near misses and the processor role. Each incident row says whether it is a breach or a near
 * miss (a near miss has no clock and stays out of breach counts), whether the organisation is
 * the controller or a processor (a processor tells its controller instead of the ICO), and when
 * a processor told its controller. The running-clocks index now leaves both out, and the list's indexes carry the kind. Existing rows
 * are breaches held as controller, which is what every record made before meant.
 */
export const migration0007: Migration = {
  version: 7,
  description: 'Near misses, the processor role, and when a processor told its controller',
  sql: `
    ALTER TABLE incident ADD COLUMN kind TEXT NOT NULL DEFAULT 'breach' CHECK (kind IN ('breach', 'near_miss'));
    ALTER TABLE incident ADD COLUMN role TEXT NOT NULL DEFAULT 'controller' CHECK (role IN ('controller', 'processor'));
    ALTER TABLE incident ADD COLUMN controller_told_at TEXT;

    DROP INDEX IF EXISTS incident_running_clocks;
    CREATE INDEX incident_running_clocks ON incident (aware_at)
      WHERE aware_at IS NOT NULL AND reported_at IS NULL AND (report_decision IS NULL OR report_decision = 'required')
        AND kind = 'breach' AND role = 'controller';
    -- The register lists breaches only unless asked, so its counts must still come from an index
    -- alone: the kind rides at the end of each index the list counts with (order is unchanged).
    DROP INDEX incident_by_aware;
    CREATE INDEX incident_by_aware ON incident (aware_at DESC, id DESC, kind);
    DROP INDEX incident_by_status_aware;
    CREATE INDEX incident_by_status_aware ON incident (status, aware_at DESC, id DESC, kind);
    DROP INDEX incident_by_year_aware;
    CREATE INDEX incident_by_year_aware ON incident (year, aware_at DESC, id DESC, kind);
    DROP INDEX incident_by_cause_aware;
    CREATE INDEX incident_by_cause_aware ON incident (cause, aware_at DESC, id DESC, kind);
  `,
};
