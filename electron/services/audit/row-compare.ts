import { formatUkDateTime } from '../../../shared/uk-time';
import type { Db } from '../database/open-database';
import { COVERED_BY_NAME, COVERED_TABLES } from './covered-tables';
import { changedColumnsSince, rowDigest } from './row-digest';
import { readRows, sameDigest } from './trail-rows';
import type { Problem, TrailExpectations } from './trail-walk';
import { STEP_ROWS, namer, rowKey, splitKey } from './trail-walk';

/** One covered row of the register as it is now, reduced to what the check against the trail needs. */
export interface CurrentRow {
  table: string;
  key: string;
  digest: string;
  owner: number | null;
  /** The incident's own reference, on an incident's row. */
  reference: string | null;
}

/**
 * Every covered row's digest, table by table. This needs nothing from the trail, so a split verify
 * reads it while the trail is walked elsewhere; the list is plain data that can cross threads.
 */
export function* currentRowDigests(db: Db): Generator<void, CurrentRow[]> {
  const rows: CurrentRow[] = [];
  const tablesHeld = new Set(db.prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all());
  for (const table of COVERED_TABLES) {
    // A backup from an older schema is checked before it is upgraded: a table it never had holds no rows.
    if (!tablesHeld.has(table.name)) continue;
    for (const row of db.prepare<[], Record<string, unknown>>(table.selectAll).iterate()) {
      const key = String(row['trail_key']);
      rows.push({
        table: table.name,
        key,
        digest: rowDigest(table.name, key, table.facts(row)),
        owner: table.owner(row),
        reference: table.name === 'incident' ? String(row['reference']) : null,
      });
      if (rows.length % STEP_ROWS === 0) yield;
    }
  }
  return rows;
}

/**
 * Each row against the trail: on it, as it was last sealed, and every row the trail holds still
 * there. A row that differs is read again (by its key) to name the columns that changed.
 * Answers how many rows were checked.
 */
export function* compareRows(db: Db, rows: readonly CurrentRow[], expectations: TrailExpectations, problems: Problem[]): Generator<void, number> {
  const { expected, createdAt } = expectations;
  const name = namer(expectations.references);
  const hasFormat = db.prepare<[], number>("SELECT count(*) FROM pragma_table_info('audit_entry') WHERE name = 'format'").pluck().get() === 1;
  const sealedIn = db.prepare<[number], { rows_json: string | null; format: number | null }>(
    `SELECT rows_json, ${hasFormat ? 'format' : 'NULL AS format'} FROM audit_entry WHERE id = ?`,
  );
  const seen = new Set<string>();
  let checked = 0;
  for (const row of rows) {
    const id = rowKey(row.table, row.key);
    seen.add(id);
    checked += 1;
    if (checked % STEP_ROWS === 0) yield;
    const table = COVERED_BY_NAME.get(row.table);
    if (!table) continue;
    const reference = row.table === 'incident' ? row.reference : name(row.owner, null);
    const what = describe(row.table, table.noun, row.key, reference);
    const trail = expected.get(id);
    if (!trail) {
      problems.push({
        kind: 'not_on_trail',
        reference,
        column: row.table === 'incident' ? '(the whole record: it has no audit trail)' : undefined,
        message: `${what} is not on the audit trail: it was added outside Breachlog.`,
      });
      continue;
    }
    if (trail.digest === null) {
      problems.push({ kind: 'not_on_trail', reference, message: `${what} is in the register, but its trail shows it was deleted.` });
      continue;
    }
    if (sameDigest(row.digest, trail.digest)) continue;
    const now = db.prepare<unknown[], Record<string, unknown>>(table.selectOne).get(...table.keyParams(row.key));
    const entry = sealedIn.get(trail.entryId);
    const sealed = readRows(entry?.rows_json, entry?.format)?.find((item) => item.t === row.table && item.k === row.key);
    const columns = now ? changedColumnsSince(sealed, row.table, row.key, table.facts(now), table.optionalColumns) : [];
    if (columns.length === 0) {
      problems.push({ kind: 'changed', reference, message: `${what} has been changed outside Breachlog: it no longer matches its trail.` });
    }
    for (const column of columns) {
      problems.push({
        kind: 'changed',
        reference,
        column,
        message: `${what}: “${column}” has been changed outside Breachlog: it no longer matches its trail.`,
      });
    }
  }
  for (const [id, trail] of expected) {
    if (trail.digest === null || seen.has(id)) continue;
    const [tableName, key] = splitKey(id);
    const table = COVERED_BY_NAME.get(tableName);
    const reference = tableName === 'incident' ? name(Number(key), trail.reference) : name(trail.incidentId, trail.reference);
    const since = tableName === 'incident' ? (createdAt.get(Number(key)) ?? trail.firstSealedAt) : trail.firstSealedAt;
    const what = describe(tableName, table?.noun ?? tableName, key, reference);
    problems.push({
      kind: 'missing',
      reference,
      column: tableName === 'incident' ? '(the whole record: it is missing)' : undefined,
      message: `${what} is missing: its trail shows it was recorded on ${formatUkDateTime(since)} and never removed.`,
    });
  }
  return checked;
}

/** A row in words: "BR-2026-0004", "BR-2026-0004: a report to the ICO (no. 3)", "The setting “register”". */
function describe(table: string, noun: string, key: string, reference: string | null): string {
  if (table === 'incident') return reference ?? `Breach ${key}`;
  if (table === 'setting') return `The setting “${key}”`;
  if (table === 'reference_counter') return `The reference counter for ${key}`;
  if (table === 'incident_record') return `${reference ?? `Breach ${key}`}: ${noun}`;
  return `${reference ?? 'A breach'}: ${noun} (no. ${key})`;
}
