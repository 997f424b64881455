import type { Submission, SubmissionInput, Telling, TellingInput } from '../../../shared/submission';
import { submissionSchema, tellingSchema } from '../../../shared/submission';
import type { Db } from '../database/open-database';

interface SubmissionRow {
  id: number;
  incident_id: number;
  kind: string;
  submitted_at: string;
  channel: string;
  what_was_sent: string;
  ico_case_reference: string;
  late_reason: string;
  late: number;
  recorded_at: string;
  recorded_by: string;
}

interface TellingRow {
  id: number;
  incident_id: number;
  told_at: string;
  method: string;
  told_by: string;
  note: string;
  recorded_at: string;
  recorded_by: string;
}

/** Reports to the ICO and the record of telling the people affected. */
export class SubmissionRepository {
  private readonly statements;

  constructor(db: Db) {
    this.statements = {
      insertSubmission: db.prepare<Record<string, unknown>, { id: number }>(
        `INSERT INTO ico_submission (incident_id, kind, submitted_at, channel, what_was_sent, ico_case_reference, late_reason, late, recorded_at, recorded_by)
         VALUES (@incidentId, @kind, @submittedAt, @channel, @whatWasSent, @icoCaseReference, @lateReason, @late, @recordedAt, @recordedBy) RETURNING id`,
      ),
      submissions: db.prepare<[number], SubmissionRow>('SELECT * FROM ico_submission WHERE incident_id = ? ORDER BY submitted_at, id'),
      insertTelling: db.prepare<Record<string, unknown>, { id: number }>(
        `INSERT INTO people_told (incident_id, told_at, method, told_by, note, recorded_at, recorded_by)
         VALUES (@incidentId, @toldAt, @method, @toldBy, @note, @recordedAt, @recordedBy) RETURNING id`,
      ),
      tellings: db.prepare<[number], TellingRow>('SELECT * FROM people_told WHERE incident_id = ? ORDER BY told_at, id'),
    };
  }

  insertSubmission(input: SubmissionInput, late: boolean, recordedAt: Date, recordedBy: string): number {
    const row = this.statements.insertSubmission.get({ ...input, late: late ? 1 : 0, recordedAt: recordedAt.toISOString(), recordedBy });
    if (!row) throw new Error('Insert returned no id');
    return row.id;
  }

  submissions(incidentId: number): Submission[] {
    return this.statements.submissions.all(incidentId).map((row) =>
      submissionSchema.parse({
        id: row.id,
        incidentId: row.incident_id,
        kind: row.kind,
        submittedAt: row.submitted_at,
        channel: row.channel,
        whatWasSent: row.what_was_sent,
        icoCaseReference: row.ico_case_reference,
        lateReason: row.late_reason,
        late: row.late === 1,
        recordedAt: row.recorded_at,
        recordedBy: row.recorded_by,
      }),
    );
  }

  insertTelling(input: TellingInput, recordedAt: Date, recordedBy: string): number {
    const row = this.statements.insertTelling.get({ ...input, recordedAt: recordedAt.toISOString(), recordedBy });
    if (!row) throw new Error('Insert returned no id');
    return row.id;
  }

  tellings(incidentId: number): Telling[] {
    return this.statements.tellings.all(incidentId).map((row) =>
      tellingSchema.parse({
        id: row.id,
        incidentId: row.incident_id,
        toldAt: row.told_at,
        method: row.method,
        toldBy: row.told_by,
        note: row.note,
        recordedAt: row.recorded_at,
        recordedBy: row.recorded_by,
      }),
    );
  }
}
