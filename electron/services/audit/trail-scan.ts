import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { Db } from '../database/open-database';
import type { AuditRow } from './audit-trail';

/**
 * A stored hash as lower-case hex text, read in SQL: kept as its 32 bytes since schema 11, as hex
 * text in a file not yet upgraded, null where absent (a compact entry's implied link).
 */
export function hashHexSql(column: string): string {
  return `CASE typeof(${column}) WHEN 'blob' THEN lower(hex(${column})) ELSE ${column} END`;
}

/** What a walk over the whole trail needs to read from each entry. */
export interface TrailScanNeeds {
  /** Hashes and values, to prove the chain. */
  chain: boolean;
  /** Values, to replay the fields of a register from before the trail sealed rows (schema < 5). */
  legacyValues: boolean;
}

/**
 * The whole trail in order, reading only the columns the walk needs, with hashes as hex text.
 * Why not `SELECT *`: a blob becomes a Buffer on the way out of SQLite, about 3 µs each, and the
 * chain hashes hex text anyway; the rows' half of a verify needs neither hashes nor values. Columns
 * an older file never had come back absent, as they would from `SELECT *`.
 */
export function scanTrail(db: Db, needs: TrailScanNeeds): IterableIterator<AuditRow> {
  const held = new Set(db.prepare<[], string>("SELECT name FROM pragma_table_info('audit_entry')").pluck().all());
  const columns = ['id', 'at', 'actor', 'incident_id', 'reference', 'action', 'field'];
  const optional = (name: string) => (held.has(name) ? [name] : []);
  columns.push(...optional('rows_json'), ...optional('format'));
  if (needs.chain || needs.legacyValues) columns.push('payload_json');
  if (needs.chain) {
    columns.push(...optional('payload_packed'));
    columns.push(`${hashHexSql('payload_hash')} AS payload_hash`, `${hashHexSql('prev_hash')} AS prev_hash`, `${hashHexSql('hash')} AS hash`);
  }
  return inChunks(db.prepare<[number], AuditRow>(`SELECT ${columns.join(', ')} FROM audit_entry WHERE id > ? ORDER BY id LIMIT ${CHUNK_ROWS}`));
}

/** Rows fetched at a time: `all()` of a chunk costs about 1 µs a row less than `iterate()`. */
const CHUNK_ROWS = 2_000;

/** Every entry in id order, a chunk at a time (ids are the table's integer primary key, so `id > last` goes on from the last one read). */
function* inChunks(chunk: Statement<[number], AuditRow>): IterableIterator<AuditRow> {
  let last = Number.MIN_SAFE_INTEGER;
  for (;;) {
    const rows = chunk.all(last);
    yield* rows;
    const end = rows.at(-1);
    if (rows.length < CHUNK_ROWS || end === undefined) return;
    last = end.id;
  }
}
