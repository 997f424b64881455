import type { PreviousIcoReport } from '../../../shared/documents/incident-document-input';
import type { Db } from '../database/open-database';

/** How far back the ICO form's "previous contact with the ICO" question looks. */
const TWO_YEARS_MS = 2 * 365.25 * 24 * 60 * 60 * 1000;

/**
 * The register's own initial reports to the ICO of other breaches in the two years before `now`,
 * oldest first: the answer to the form's "previous contact with the ICO" question.
 */
export class PreviousIcoReports {
  private readonly statement;

  constructor(db: Db) {
    this.statement = db.prepare<[number, string, string], { reference: string; submitted_at: string; ico_case_reference: string }>(
      `SELECT i.reference, s.submitted_at, s.ico_case_reference
       FROM ico_submission s JOIN incident i ON i.id = s.incident_id
       WHERE s.incident_id <> ? AND s.kind = 'initial' AND s.submitted_at >= ? AND s.submitted_at <= ?
       ORDER BY s.submitted_at, s.id`,
    );
  }

  before(incidentId: number, now: Date): PreviousIcoReport[] {
    const since = new Date(now.getTime() - TWO_YEARS_MS).toISOString();
    return this.statement
      .all(incidentId, since, now.toISOString())
      .map((row) => ({ reference: row.reference, submittedAt: row.submitted_at, icoCaseReference: row.ico_case_reference }));
  }
}
