import type { AssessmentAnswers, AssessmentResult } from '../../../shared/assessment';
import type { AssessmentVersion, RecordBasis, RecordedDecision } from '../../../shared/assessment-record';
import { assessmentVersionSchema } from '../../../shared/assessment-record';
import type { Db } from '../database/open-database';

export interface NewAssessmentVersion {
  incidentId: number;
  createdAt: Date;
  actor: string;
  answers: AssessmentAnswers;
  advice: AssessmentResult;
  decision: RecordedDecision;
  fromRecord: RecordBasis;
}

interface AssessmentRow {
  id: number;
  incident_id: number;
  version: number;
  created_at: string;
  actor: string;
  answers_json: string;
  advice_json: string;
  decision_json: string;
  from_record_json: string;
}

/** Storage for assessment versions. Callers own the transaction, so a version and its audit entries land together. */
export class AssessmentRepository {
  private readonly statements;

  constructor(db: Db) {
    this.statements = {
      insert: db.prepare<Record<string, unknown>, AssessmentRow>(
        `INSERT INTO assessment (incident_id, version, created_at, actor, answers_json, advice_json, decision_json, from_record_json)
         VALUES (@incidentId, (SELECT coalesce(max(version), 0) + 1 FROM assessment WHERE incident_id = @incidentId),
                 @createdAt, @actor, @answersJson, @adviceJson, @decisionJson, @fromRecordJson)
         RETURNING *`,
      ),
      forIncident: db.prepare<[number], AssessmentRow>('SELECT * FROM assessment WHERE incident_id = ? ORDER BY version DESC'),
      latest: db.prepare<[number], AssessmentRow>(
        'SELECT * FROM assessment WHERE incident_id = ? ORDER BY version DESC LIMIT 1',
      ),
    };
  }

  /** Saves the next version for the incident (1, 2, 3…). */
  insert(entry: NewAssessmentVersion): AssessmentVersion {
    const row = this.statements.insert.get({
      incidentId: entry.incidentId,
      createdAt: entry.createdAt.toISOString(),
      actor: entry.actor,
      answersJson: JSON.stringify(entry.answers),
      adviceJson: JSON.stringify(entry.advice),
      decisionJson: JSON.stringify(entry.decision),
      fromRecordJson: JSON.stringify(entry.fromRecord),
    });
    if (!row) throw new Error('Insert returned no row');
    return rowToVersion(row);
  }

  /** Every version of one incident's assessment, newest first. */
  forIncident(incidentId: number): AssessmentVersion[] {
    return this.statements.forIncident.all(incidentId).map(rowToVersion);
  }

  latest(incidentId: number): AssessmentVersion | null {
    const row = this.statements.latest.get(incidentId);
    return row ? rowToVersion(row) : null;
  }
}

/** Read back through the shared schema, so a row edited into an impossible state is caught. */
function rowToVersion(row: AssessmentRow): AssessmentVersion {
  return assessmentVersionSchema.parse({
    id: row.id,
    incidentId: row.incident_id,
    version: row.version,
    createdAt: row.created_at,
    actor: row.actor,
    answers: JSON.parse(row.answers_json),
    advice: JSON.parse(row.advice_json),
    decision: JSON.parse(row.decision_json),
    fromRecord: JSON.parse(row.from_record_json),
  });
}
