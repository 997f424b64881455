import { clockPhaseSql } from '../../../shared/clock-running';
import type { Incident, IncidentFields } from '../../../shared/incident';
import type { IncidentSummary, RegisterPage, RegisterQuery } from '../../../shared/register-query';
import { REGISTER_COUNT_CAP } from '../../../shared/register-query';
import type { Db } from '../database/open-database';
import type { IncidentRow, SummaryRow } from './incident-row';
import { breachTypeBits, filingYear, rowToIncident, rowToSummary, searchableBody } from './incident-row';
import { buildRegisterListSql } from './register-list-query';
import { foldForSearch } from './search-folding';
import { packJson } from '../database/packed-json';

export function formatReference(year: number, number: number): string {
  return `BR-${year}-${String(number).padStart(4, '0')}`;
}

const SUMMARY_COLUMNS = 'i.id, i.reference, i.title, i.status, i.cause, i.breach_types, i.aware_at, i.reported_at, i.report_decision, i.updated_at, i.kind, i.role, i.controller_told_at';

/** The incident columns a save may change, by the name `columns()` gives each. */
const UPDATE_COLUMNS = {
  title: 'title',
  status: 'status',
  cause: 'cause',
  breachTypes: 'breach_types',
  awareAt: 'aware_at',
  year: 'year',
  closedAt: 'closed_at',
  kind: 'kind',
  role: 'role',
  controllerToldAt: 'controller_told_at',
} as const;

/** Filters whose counts are kept at once; more than this and the kept counts start again. */
const COUNT_CACHE_SIZE = 64;
/** Records saved before the search index takes them all, if no search asks first. */
const SEARCH_BATCH = 64;

/** Storage for incidents. Callers own the transaction when a write must go with an audit entry. */
export class IncidentRepository {
  private readonly statements;
  private readonly updateCache = new Map<string, ReturnType<Db['prepare']>>();
  private readonly counts = new Map<string, number>();
  private countGeneration = '';
  private readonly listCache = new Map<string, { page: ReturnType<Db['prepare']>; count: ReturnType<Db['prepare']> }>();

  constructor(private readonly db: Db) {
    this.statements = {
      nextNumber: db.prepare<[number], { last_number: number }>(
        `INSERT INTO reference_counter (year, last_number) VALUES (?, 1)
         ON CONFLICT (year) DO UPDATE SET last_number = last_number + 1
         RETURNING last_number`,
      ),
      insert: db.prepare<Record<string, unknown>, { id: number }>(
        // An id is never used twice, even after the newest breach was removed: the trail keeps the
        // removed one's entries under its id, and they must not become another breach's history.
        `INSERT INTO incident (id, reference, title, status, cause, breach_types, aware_at, year, created_at, updated_at, closed_at, kind, role, controller_told_at)
         VALUES (
           1 + max(coalesce((SELECT max(id) FROM incident), 0), coalesce((SELECT max(incident_id) FROM audit_entry), 0)),
           @reference, @title, @status, @cause, @breachTypes, @awareAt, @year, @now, @now, @closedAt, @kind, @role, @controllerToldAt
         )
         RETURNING id`,
      ),
      insertRecord: db.prepare<[number, string | null, Buffer | null]>('INSERT INTO incident_record (incident_id, record_json, record_packed) VALUES (?, ?, ?)'),
      updateRecord: db.prepare<[string | null, Buffer | null, number]>('UPDATE incident_record SET record_json = ?, record_packed = ? WHERE incident_id = ?'),
      byId: db.prepare<[number], IncidentRow>(
        'SELECT i.*, r.record_json, r.record_packed FROM incident i JOIN incident_record r ON r.incident_id = i.id WHERE i.id = ?',
      ),
      closedAt: db.prepare<[number], string | null>('SELECT closed_at FROM incident WHERE id = ?').pluck(),
      insertSearch: db.prepare<[number, string, string, string]>(
        'INSERT INTO incident_search (rowid, reference, title, body) VALUES (?, ?, ?, ?)',
      ),
      deleteSearch: db.prepare<[number]>('DELETE FROM incident_search WHERE rowid = ?'),
      noteSearchStale: db.prepare<[number]>('INSERT OR IGNORE INTO search_pending (incident_id) VALUES (?)'),
      searchStale: db.prepare<[], number>('SELECT incident_id FROM search_pending ORDER BY incident_id').pluck(),
      anySearchStale: db.prepare<[], number>('SELECT 1 FROM search_pending LIMIT 1').pluck(),
      staleCount: db.prepare<[], number>('SELECT count(*) FROM search_pending').pluck(),
      forgetSearchStale: db.prepare<[number]>('DELETE FROM search_pending WHERE incident_id = ?'),
      clearSearchStale: db.prepare<[]>('DELETE FROM search_pending'),
      delete: db.prepare<[number]>('DELETE FROM incident WHERE id = ?'),
      running: db.prepare<[number], SummaryRow>(
        `SELECT ${SUMMARY_COLUMNS} FROM incident i
         WHERE ${clockPhaseSql('running', 'i')}
         ORDER BY i.aware_at ASC, i.id ASC LIMIT ?`,
      ),
      references: db.prepare<[], { id: number; reference: string }>('SELECT id, reference FROM incident ORDER BY id'),
      years: db.prepare<[], number>('SELECT DISTINCT year FROM incident ORDER BY year DESC').pluck(),
      totalChanges: db.prepare<[], number>('SELECT total_changes()').pluck(),
      setDecision: db.prepare<[string | null, number]>('UPDATE incident SET report_decision = ? WHERE id = ?'),
      setReportedAt: db.prepare<[string | null, number]>('UPDATE incident SET reported_at = ? WHERE id = ?'),
    };
  }

  insert(fields: IncidentFields, now: Date): Incident {
    const nowIso = now.toISOString();
    const { last_number } = this.statements.nextNumber.get(now.getUTCFullYear()) as { last_number: number };
    const reference = formatReference(now.getUTCFullYear(), last_number);
    const { recordJson, ...columns } = this.columns(fields, nowIso, null);
    const row = this.statements.insert.get({ ...columns, reference, now: nowIso });
    if (!row) throw new Error('Insert returned no id');
    const record = packJson(recordJson);
    this.statements.insertRecord.run(row.id, record.text, record.packed);
    this.statements.insertSearch.run(row.id, reference, foldForSearch(fields.title), foldForSearch(searchableBody(fields)));
    return this.require(row.id);
  }

  /**
   * Writes only what changed: the columns whose values differ (an index is rewritten only when a
   * column it holds is set), the stored record, and the search entry only when searchable text
   * changed. Answers the saved incident without reading it back: the record written is `fields`.
   */
  update(existing: Incident, fields: IncidentFields, now: Date): Incident {
    const nowIso = now.toISOString();
    const wasClosedAt = existing.status === 'closed' ? this.closedAt(existing.id) : null;
    const closedAt = fields.status === 'closed' ? (existing.status === 'closed' ? wasClosedAt : nowIso) : null;
    const { recordJson, ...columns } = this.columns(fields, existing.createdAt, closedAt);
    // What the row holds now (the record's columns were written from it at its last save).
    const previous: Record<string, unknown> = { ...this.rowColumns(existing, existing.createdAt, null), closedAt: wasClosedAt };
    const changed = (Object.keys(columns) as (keyof typeof columns)[]).filter((name) => columns[name] !== previous[name]);
    this.updateStatement(changed).run({ ...Object.fromEntries(changed.map((name) => [name, columns[name]])), id: existing.id, now: nowIso });
    const record = packJson(recordJson);
    this.statements.updateRecord.run(record.text, record.packed, existing.id);
    if (fields.title !== existing.title || searchableBody(fields) !== searchableBody(existing)) {
      this.statements.noteSearchStale.run(existing.id);
      // One save in 64 pays for the batch (the bench's slowest saves), so the index is never far behind.
      if ((this.statements.staleCount.get() as number) >= SEARCH_BATCH) this.refreshSearch();
    }
    return { ...existing, ...fields, updatedAt: nowIso };
  }

  /**
   * Gives the search index the text of every record saved since it last took them, in one
   * transaction (one new index segment for all of them). Runs before any search, so a search
   * always sees every save; a save notes its record in its own transaction, so a crash loses nothing.
   */
  refreshSearch(): void {
    if (this.statements.anySearchStale.get() === undefined) return;
    this.db.transaction(() => {
      for (const id of this.statements.searchStale.all()) {
        const incident = this.findById(id);
        this.statements.deleteSearch.run(id);
        if (incident) {
          this.statements.insertSearch.run(id, incident.reference, foldForSearch(incident.title), foldForSearch(searchableBody(incident)));
        }
      }
      this.statements.clearSearchStale.run();
    })();
  }

  private updateStatement(changed: readonly string[]): ReturnType<Db['prepare']> {
    const key = changed.join(',');
    let statement = this.updateCache.get(key);
    if (!statement) {
      const sets = ['updated_at = @now', ...changed.map((name) => `${UPDATE_COLUMNS[name as keyof typeof UPDATE_COLUMNS]} = @${name}`)];
      statement = this.db.prepare(`UPDATE incident SET ${sets.join(', ')} WHERE id = @id`);
      this.updateCache.set(key, statement);
    }
    return statement;
  }

  findById(id: number): Incident | null {
    const row = this.statements.byId.get(id);
    return row ? rowToIncident(row) : null;
  }

  closedAt(id: number): string | null {
    return this.statements.closedAt.get(id) ?? null;
  }

  delete(id: number): void {
    this.statements.forgetSearchStale.run(id);
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
    if (sql.ftsJoin) this.refreshSearch();
    const cacheKey = `${sql.pageIndex}|${sql.ftsJoin}|${sql.where}|${sql.orderBy}`;
    let statements = this.listCache.get(cacheKey);
    if (!statements) {
      statements = {
        page: this.db.prepare(
          `SELECT ${SUMMARY_COLUMNS} FROM incident i ${sql.pageIndex} ${sql.ftsJoin} ${sql.where} ORDER BY ${sql.orderBy} LIMIT @limit OFFSET @offset`,
        ),
        // Counting stops at the cap: "more than 10,000" is as useful as the exact number and stays fast.
        count: this.db
          .prepare(`SELECT count(*) FROM (SELECT 1 FROM incident i ${sql.countIndex} ${sql.ftsJoin} ${sql.where} LIMIT ${REGISTER_COUNT_CAP + 1})`)
          .pluck(),
      };
      this.listCache.set(cacheKey, statements);
    }
    const rows = statements.page.all({ ...sql.params, limit: query.limit, offset: query.offset }) as SummaryRow[];
    const counted = this.count(cacheKey, sql.params, statements.count);
    return { total: Math.min(counted, REGISTER_COUNT_CAP), totalIsAtLeast: counted > REGISTER_COUNT_CAP, items: rows.map(rowToSummary) };
  }

  /**
   * The capped count of a filter, counted once and kept until the register changes (a write on this
   * connection or a commit by another), so turning pages or re-sorting does not count again.
   */
  private count(cacheKey: string, params: Record<string, unknown>, statement: ReturnType<Db['prepare']>): number {
    const generation = `${this.statements.totalChanges.get() as number}:${this.db.pragma('data_version', { simple: true }) as number}`;
    if (generation !== this.countGeneration) {
      this.counts.clear();
      this.countGeneration = generation;
    }
    const key = `${cacheKey}|${JSON.stringify(params)}`;
    let counted = this.counts.get(key);
    if (counted === undefined) {
      counted = statement.get(params) as number;
      if (this.counts.size >= COUNT_CACHE_SIZE) this.counts.clear();
      this.counts.set(key, counted);
    }
    return counted;
  }

  private require(id: number): Incident {
    const incident = this.findById(id);
    if (!incident) throw new Error(`Incident ${id} vanished inside its own transaction`);
    return incident;
  }

  private columns(fields: IncidentFields, createdAt: string, closedAt: string | null) {
    return { ...this.rowColumns(fields, createdAt, closedAt), recordJson: JSON.stringify(fields) };
  }

  /** The incident's own columns, without the record (serialising it only to compare columns would be wasted). */
  private rowColumns(fields: IncidentFields, createdAt: string, closedAt: string | null) {
    return {
      title: fields.title,
      status: fields.status,
      cause: fields.cause,
      breachTypes: breachTypeBits(fields.breachTypes),
      awareAt: fields.awareAt,
      year: filingYear(fields, createdAt),
      closedAt: fields.status === 'closed' ? (closedAt ?? createdAt) : null,
      kind: fields.kind,
      role: fields.role,
      controllerToldAt: fields.role === 'processor' ? fields.controllerToldAt : null,
    };
  }
}
