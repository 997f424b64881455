import { z } from 'zod';
import type { DashboardBreach } from '../../../shared/dashboard/summary';
import { CAUSES, remedialActionSchema } from '../../../shared/incident-fields';
import type { Db } from '../database/open-database';
import { breachTypesFromBits } from '../register/incident-row';

interface DashboardRow {
  reference: string;
  aware_at: string | null;
  created_at: string;
  reported_at: string | null;
  report_decision: 'required' | 'not_required' | null;
  cause: string;
  breach_types: number;
  status: string;
  assessed: number;
  contained_at: string | null;
  actions_json: string | null;
  kind: string;
  role: string;
}

const actionsSchema = z.array(remedialActionSchema.pick({ dueDate: true, done: true }));
const causeSchema = z.enum(CAUSES);

/**
 * What the dashboard needs of every breach, in one pass over the register: the indexed columns,
 * the first report to the ICO, whether an assessment was ever saved, when the trail first shows
 * it contained or closed, and the record's actions (only their due dates and whether done).
 * Titles, descriptions and the rest of each record are never read.
 */
export class DashboardQuery {
  private readonly statement;

  constructor(db: Db) {
    this.statement = db.prepare<[], DashboardRow>(
      `SELECT i.reference, i.kind, i.role, i.aware_at, i.created_at, i.report_decision, i.cause, i.breach_types, i.status,
         coalesce((SELECT min(s.submitted_at) FROM ico_submission s WHERE s.incident_id = i.id), i.reported_at) AS reported_at,
         EXISTS (SELECT 1 FROM assessment a WHERE a.incident_id = i.id) AS assessed,
         -- Status changes stay as text on the trail for this (FIELDS_READ_IN_SQL in audit-trail.ts).
         (SELECT min(e.at) FROM audit_entry e
           WHERE e.incident_id = i.id AND e.action = 'changed' AND e.field = 'status'
             AND json_extract(e.payload_json, '$.new') IN ('contained', 'closed')) AS contained_at,
         json_extract(unpacked_json(r.record_json, r.record_packed), '$.actions') AS actions_json
       FROM incident i JOIN incident_record r ON r.incident_id = i.id
       ORDER BY coalesce(i.aware_at, i.created_at), i.id`,
    );
  }

  breaches(): DashboardBreach[] {
    return this.statement.all().map((row) => ({
      reference: row.reference,
      awareAt: row.aware_at,
      createdAt: row.created_at,
      reportedAt: row.reported_at,
      reportDecision: row.report_decision,
      // A record marked contained with no status change on its trail (made before the trail kept one) counts from when it was recorded.
      containedAt: row.contained_at ?? (row.status === 'open' ? null : row.created_at),
      breachTypes: breachTypesFromBits(row.breach_types),
      cause: causeSchema.parse(row.cause),
      assessed: row.assessed === 1,
      actions: row.actions_json === null ? [] : actionsSchema.parse(JSON.parse(row.actions_json)),
      isNearMiss: row.kind === 'near_miss',
      isProcessor: row.role === 'processor',
    }));
  }
}
