import type { Incident, IncidentFields } from '../../../shared/incident';
import { incidentSchema } from '../../../shared/incident';
import type { BreachType } from '../../../shared/incident-fields';
import { BREACH_TYPES } from '../../../shared/incident-fields';
import type { IncidentSummary } from '../../../shared/register-query';
import { incidentSummarySchema } from '../../../shared/register-query';
import { EMPTY_ROLE_FIELDS } from '../../../shared/incident-role';
import { EMPTY_ICO_ANSWERS } from '../../../shared/incident-ico-answers';
import { unpackJson } from '../database/packed-json';
import { AppError } from '../errors';

export interface IncidentRow {
  id: number;
  reference: string;
  title: string;
  status: string;
  cause: string;
  breach_types: number;
  aware_at: string | null;
  year: number;
  reported_at: string | null;
  report_decision: string | null;
  /** The record's JSON, or null when it is kept deflated in record_packed (schema 17). */
  record_json: string | null;
  record_packed: Buffer | null;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  kind: string;
  role: string;
  controller_told_at: string | null;
}

export type SummaryRow = Omit<IncidentRow, 'record_json' | 'record_packed' | 'year' | 'created_at' | 'closed_at'>;

export function breachTypeBits(types: readonly BreachType[]): number {
  return types.reduce((bits, type) => bits | (1 << BREACH_TYPES.indexOf(type)), 0);
}

export function breachTypesFromBits(bits: number): BreachType[] {
  return BREACH_TYPES.filter((_, index) => (bits & (1 << index)) !== 0);
}

/** Rows are read back through the same schema that guards the contract. */
export function rowToIncident(row: IncidentRow): Incident {
  // Records made before near misses and roles existed are breaches held as controller; records
  // made before the ICO form's remaining questions had fields answer them "not known yet".
  // One parse: the incident's schema holds the record's fields and checks them once.
  return incidentSchema.parse({
    ...EMPTY_ROLE_FIELDS,
    ...EMPTY_ICO_ANSWERS,
    ...readRecord(row),
    id: row.id,
    reference: row.reference,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    reportedAt: row.reported_at,
    reportDecision: row.report_decision,
  });
}

/** The stored record's fields; a record that no longer reads (edited outside the app) is refused in words. */
function readRecord(row: IncidentRow): object {
  try {
    return JSON.parse(unpackJson(row.record_json, row.record_packed) ?? '{}') as object;
  } catch {
    throw new AppError(
      'database_damaged',
      `${row.reference}: its full record can no longer be read; it was changed outside Breachlog. Run “Verify the register” in Settings to see what changed.`,
    );
  }
}

export function rowToSummary(row: SummaryRow): IncidentSummary {
  return incidentSummarySchema.parse({
    id: row.id,
    reference: row.reference,
    title: row.title,
    status: row.status,
    cause: row.cause,
    breachTypes: breachTypesFromBits(row.breach_types),
    awareAt: row.aware_at,
    reportedAt: row.reported_at,
    reportDecision: row.report_decision,
    updatedAt: row.updated_at,
    kind: row.kind,
    role: row.role,
    controllerToldAt: row.controller_told_at,
  });
}

/** The free text the register's search looks through. */
export function searchableBody(fields: IncidentFields): string {
  return [
    fields.whatHappened,
    fields.howDiscovered,
    fields.discoveredBy,
    fields.awarenessNote,
    fields.causeDetail,
    fields.dataCategoriesOther,
    fields.peopleCategoriesOther,
    fields.organisationsInvolved,
    fields.likelyConsequences,
    fields.containment,
    ...fields.actions.map((action) => `${action.description} ${action.owner}`),
    fields.lessonsLearned,
    fields.preventionSteps,
  ]
    .filter((text) => text !== '')
    .join('\n');
}

/** The year a record is filed under: when the organisation became aware, else when it was recorded. */
export function filingYear(fields: IncidentFields, createdAt: string): number {
  return Number((fields.awareAt ?? createdAt).slice(0, 4));
}
