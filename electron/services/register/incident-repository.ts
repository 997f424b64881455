import type { Incident, IncidentFields } from '../../../shared/incident';
import type { IncidentSummary, RegisterPage, RegisterQuery } from '../../../shared/register-query';
import type { Db } from '../database/open-database';
import type { IncidentRow, SummaryRow } from './incident-row';
import { breachTypeBits, filingYear, rowToIncident, rowToSummary, searchableBody } from './incident-row';
import { buildRegisterListSql } from './register-list-query';
import { foldForSearch } from './search-folding';

export function formatReference(year: number, number: number): string {
  return `BR-${year}-${String(number).padStart(4, '0')}`;
}

const SUMMARY_COLUMNS = 'i.id, i.reference, i.title, i.status, i.cause, i.breach_types, i.aware_at, i.reported_at, i.report_decision, i.updated_at';

/** Storage for incidents. Callers own the transaction when a write must go with an audit entry. */
export class IncidentRepository {
  private readonly statements;
  private readonly listCache = new Map<string, { page: ReturnType<Db['prepare']>; count: ReturnType<Db['prepare']> }>();

  constructor(private readonly db: Db) {
    this.statements = {
      nextNumber: db.prepare<[number], { last_number: number }>(
        `INSERT INTO reference_counter (year, last_number) VALUES (?, 1)
         ON CONFLICT (year) DO UPDATE SET last_number = last_number + 1
         RETURNING last_number`,
      ),
      insert: db.prepare<Record<string, unknown>, { id: number }>(
        `INSERT INTO incident (reference, title, status, cause, breach_types, aware_at, year, record_json, created_at, updated_at, closed_at)
         VALUES (@reference, @title, @status, @cause, @breachTypes, @awareAt, @year, @recordJson, @now, @now, @closedAt)
         RETURNING id`,
      ),
      update: db.prepare<Record<string, unknown>>(
        `UPDATE incident SET title = @title, status = @status, cause = @cause, breach_types = @breachTypes,
           aware_at = @awareAt, year = @year, record_json = @recordJson, updated_at = @now, closed_at = @closedAt
         WHERE id = @id`,
      ),
      byId: db.prepare<[number], IncidentRow>('SELECT * FROM incident WHERE id = ?'),
      insertSearch: db.prepare<[number, string, string, string]>(
        'INSERT INTO incident_search (rowid, reference, title, body) VALUES (?, ?, ?, ?)',
      ),
      deleteSearch: db.prepare<[number]>('DELETE FROM incident_search WHERE rowid = ?'),
      delete: db.prepare<[number]>('DELETE FROM incident WHERE id = ?'),
      running: db.prepare<[number], SummaryRow>(
        `SELECT ${SUMMARY_COLUMNS} FROM incident i
         WHERE i.reported_at IS NULL AND i.aware_at IS NOT NULL AND (i.report_decision IS NULL OR i.report_decision = 'required')
         ORDER BY i.aware_at ASC, i.id ASC LIMIT ?`,
      ),
      references: db.prepare<[], { id: number; reference: string }>('SELECT id, reference FROM incident ORDER BY id'),
      years: db.prepare<[], number>('SELECT DISTINCT year FROM incident ORDER BY year DESC').pluck(),
      setDecision: db.prepare<[string | null, number]>('UPDATE incident SET report_decision = ? WHERE id = ?'),
      setReportedAt: db.prepare<[string | null, number]>('UPDATE incident SET reported_at = ? WHERE id = ?'),
    };
  }

  insert(fields: IncidentFields, now: Date): Incident {
    const nowIso = now.toISOString();
    const { last_number } = this.statements.nextNumber.get(now.getUTCFullYear()) as { last_number: number };
    const reference = formatReference(now.getUTCFullYear(), last_number);
    const row = this.statements.insert.get({ ...this.columns(fields, nowIso, null), reference, now: nowIso });
    if (!row) throw new Error('Insert returned no id');
    this.statements.insertSearch.run(row.id, reference, foldForSearch(fields.title), foldForSearch(searchableBody(fields)));
    return this.require(row.id);
  }

  update(existing: Incident, fields: IncidentFields, now: Date): Incident {
    const nowIso = now.toISOString();
    const closedAt = fields.status === 'closed' ? (existing.status === 'closed' ? this.closedAt(existing.id) : nowIso) : null;
    this.statements.update.run({ ...this.columns(fields, existing.createdAt, closedAt), id: existing.id, now: nowIso });
    this.statements.deleteSearch.run(existing.id);
    this.statements.insertSearch.run(existing.id, existing.reference, foldForSearch(fields.title), foldForSearch(searchableBody(fields)));
    return this.require(existing.id);
  }

  findById(id: number): Incident | null {
    const row = this.statements.byId.get(id);
    return row ? rowToIncident(row) : null;
  }

  closedAt(id: number): string | null {
    return this.statements.byId.get(id)?.closed_at ?? null;
  }

  delete(id: number): void {
    this.statements.deleteSearch.run(id);
    this.statements.delete.run(id);
  }

  /** Unreported incidents whose clock runs, earliest deadline first. */
  runningClocks(limit: number): IncidentSummary[] {
    return this.statements.running.all(limit).map(rowToSummary);
  }

  allReferences(): { id: number; reference: string }[] {
    return this.statements.references.all();
  }

  years(): number[] {
    return this.statements.years.all();
  }

  setReportDecision(id: number, decision: 'required' | 'not_required' | null): void {
    this.statements.setDecision.run(decision, id);
  }

  setReportedAt(id: number, reportedAt: string | null): void {
    this.statements.setReportedAt.run(reportedAt, id);
  }

  list(query: RegisterQuery, now: Date): RegisterPage {
    const sql = buildRegisterListSql(query, now);
    const cacheKey = `${sql.ftsJoin}|${sql.where}|${sql.orderBy}`;
    let statements = this.listCache.get(cacheKey);
    if (!statements) {
      statements = {
        page: this.db.prepare(
          `SELECT ${SUMMARY_COLUMNS} FROM incident i ${sql.ftsJoin} ${sql.where} ORDER BY ${sql.orderBy} LIMIT @limit OFFSET @offset`,
        ),
        count: this.db.prepare(`SELECT count(*) FROM incident i ${sql.ftsJoin} ${sql.where}`).pluck(),
      };
      this.listCache.set(cacheKey, statements);
    }
    const rows = statements.page.all({ ...sql.params, limit: query.limit, offset: query.offset }) as SummaryRow[];
    const total = statements.count.get(sql.params) as number;
    return { total, items: rows.map(rowToSummary) };
  }

  private require(id: number): Incident {
    const incident = this.findById(id);
    if (!incident) throw new Error(`Incident ${id} vanished inside its own transaction`);
    return incident;
  }

  private columns(fields: IncidentFields, createdAt: string, closedAt: string | null) {
    return {
      title: fields.title,
      status: fields.status,
      cause: fields.cause,
      breachTypes: breachTypeBits(fields.breachTypes),
      awareAt: fields.awareAt,
      year: filingYear(fields, createdAt),
      recordJson: JSON.stringify(fields),
      closedAt: fields.status === 'closed' ? (closedAt ?? createdAt) : null,
    };
  }
}
