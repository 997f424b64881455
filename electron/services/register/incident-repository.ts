import type { Db } from '../database/open-database';
import type { Incident, IncidentDraft } from '../../../shared/incident';
import { incidentSchema } from '../../../shared/incident';

interface IncidentRow {
  id: number;
  reference: string;
  title: string;
  occurred_at: string | null;
  aware_at: string;
  description: string;
  created_at: string;
  updated_at: string;
}

/** Rows are read back through the same schema that guards the contract. */
function toIncident(row: IncidentRow): Incident {
  return incidentSchema.parse({
    id: row.id,
    reference: row.reference,
    title: row.title,
    occurredAt: row.occurred_at,
    awareAt: row.aware_at,
    description: row.description,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

export function formatReference(year: number, number: number): string {
  return `BR-${year}-${String(number).padStart(4, '0')}`;
}

export class IncidentRepository {
  private readonly statements;

  constructor(private readonly db: Db) {
    this.statements = {
      nextNumber: db.prepare<[number]>(
        `INSERT INTO reference_counter (year, last_number) VALUES (?, 1)
         ON CONFLICT (year) DO UPDATE SET last_number = last_number + 1
         RETURNING last_number`,
      ),
      insert: db.prepare<[string, string, string | null, string, string, string, string], { id: number }>(
        `INSERT INTO incident (reference, title, occurred_at, aware_at, description, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      ),
      byId: db.prepare<[number], IncidentRow>('SELECT * FROM incident WHERE id = ?'),
      all: db.prepare<[], IncidentRow>('SELECT * FROM incident ORDER BY aware_at DESC, id DESC'),
    };
  }

  /** Inserts with the next reference for the year, all in one transaction. */
  create(draft: IncidentDraft, now: Date): Incident {
    const nowIso = now.toISOString();
    const id = this.db.transaction(() => {
      const year = now.getUTCFullYear();
      const { last_number } = this.statements.nextNumber.get(year) as { last_number: number };
      const row = this.statements.insert.get(
        formatReference(year, last_number),
        draft.title,
        draft.occurredAt,
        draft.awareAt,
        draft.description,
        nowIso,
        nowIso,
      );
      if (!row) throw new Error('Insert returned no id');
      return row.id;
    })();
    const created = this.findById(id);
    if (!created) throw new Error('Incident vanished after insert');
    return created;
  }

  findById(id: number): Incident | null {
    const row = this.statements.byId.get(id);
    return row ? toIncident(row) : null;
  }

  listAll(): Incident[] {
    return this.statements.all.all().map(toIncident);
  }
}
