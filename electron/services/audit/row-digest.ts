import { sha256 } from './audit-hash';
import type { CoveredTable } from './covered-tables';

/** One row as an audit entry records it: its digest (null once deleted) and a short digest per column. */
export interface SealedRow {
  /** Table. */
  t: string;
  /** The row's key within its table. */
  k: string;
  /** Digest of every fact of the row; null when the change deleted it. */
  d: string | null;
  /** A short digest of each column, so verify can name the column that changed. */
  c?: Record<string, string>;
  /** The incident the row belongs to. */
  i?: number;
  /** The incident's reference (on the incident's own row), so a missing breach can be named. */
  r?: string;
}

const COLUMN_DIGEST_LENGTH = 8;

export function sealRow(table: CoveredTable, key: string, row: Record<string, unknown> | undefined): SealedRow {
  if (!row) return { t: table.name, k: key, d: null };
  const facts = table.facts(row);
  const owner = table.owner(row);
  const sealed: SealedRow = { t: table.name, k: key, d: rowDigest(table.name, key, facts), c: columnDigests(table.name, key, facts) };
  if (owner !== null) sealed.i = owner;
  if (table.name === 'incident') sealed.r = String(row['reference']);
  return sealed;
}

export function rowDigest(table: string, key: string, facts: Record<string, unknown>): string {
  const columns = Object.keys(facts).sort();
  return sha256(JSON.stringify([table, key, columns.map((column) => [column, facts[column] ?? null])]));
}

export function columnDigests(table: string, key: string, facts: Record<string, unknown>): Record<string, string> {
  const digests: Record<string, string> = {};
  for (const column of Object.keys(facts).sort()) {
    digests[column] = sha256(JSON.stringify([table, key, column, facts[column] ?? null])).slice(0, COLUMN_DIGEST_LENGTH);
  }
  return digests;
}

/** The columns whose short digests differ (added or missing columns included). */
export function changedColumns(expected: Record<string, string> | undefined, actual: Record<string, string>): string[] {
  if (!expected) return [];
  const names = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  return [...names].filter((name) => expected[name] !== actual[name]).sort();
}
