import { hash } from 'node:crypto';
import { sha256 } from './audit-hash';
import type { CoveredTable } from './covered-tables';

/** One row as an audit entry records it: its digest (null once deleted) and a short digest per column. */
export interface SealedRow {
  /** Table. */
  t: string;
  /** The row's key within its table. */
  k: string;
  /** Digest of every fact of the row (hex); null when the change deleted it. */
  d: string | null;
  /** Entries before schema 11: a short digest of each column by name, so verify can name the column that changed. */
  c?: Record<string, string>;
  /** Compact entries: the same, packed (see packColumns). */
  p?: string;
  /** The incident the row belongs to. */
  i?: number;
  /** The incident's reference (on the incident's own row), so a missing breach can be named. */
  r?: string;
}

const COLUMN_DIGEST_LENGTH = 8;
/** Bytes of each packed digest: enough to name a changed column; the row's full digest is what vouches for it. */
const PACKED_DIGEST_BYTES = 3;

/** A row's seal as compact entries write it: the row's digest and its packed column digests. */
export function sealRow(table: CoveredTable, key: string, row: Record<string, unknown> | undefined): SealedRow {
  if (!row) return { t: table.name, k: key, d: null };
  const facts = table.facts(row);
  const owner = table.owner(row);
  const sealed: SealedRow = { t: table.name, k: key, d: rowDigest(table.name, key, facts), p: packColumns(table.name, key, facts) };
  if (owner !== null) sealed.i = owner;
  if (table.name === 'incident') sealed.r = String(row['reference']);
  return sealed;
}

export function rowDigest(table: string, key: string, facts: Record<string, unknown>): string {
  const columns = Object.keys(facts).sort();
  return sha256(JSON.stringify([table, key, columns.map((column) => [column, facts[column] ?? null])]));
}

/** The short digest of each column by name, as entries before schema 11 recorded them. */
export function columnDigests(table: string, key: string, facts: Record<string, unknown>): Record<string, string> {
  const digests: Record<string, string> = {};
  for (const column of Object.keys(facts).sort()) {
    digests[column] = sha256(JSON.stringify([table, key, column, facts[column] ?? null])).slice(0, COLUMN_DIGEST_LENGTH);
  }
  return digests;
}

/**
 * The column digests without the names: a short digest of the sorted column names, then one short
 * digest per column in that order, as base64url. Verify lines them up with the row's columns when the
 * names still agree; when a column was added or removed it names the row, not the column.
 */
export function packColumns(table: string, key: string, facts: Record<string, unknown>): string {
  const columns = Object.keys(facts).sort();
  const packed = Buffer.alloc(PACKED_DIGEST_BYTES * (columns.length + 1));
  shortDigest(JSON.stringify([table, columns])).copy(packed, 0);
  columns.forEach((column, index) => {
    shortDigest(JSON.stringify([table, key, column, facts[column] ?? null])).copy(packed, PACKED_DIGEST_BYTES * (index + 1));
  });
  return packed.toString('base64url');
}

function shortDigest(text: string): Buffer {
  return hash('sha256', text, 'buffer').subarray(0, PACKED_DIGEST_BYTES);
}

/**
 * The columns of a row that differ from its seal (added or missing columns included, where the seal
 * can tell). `optional` names columns a table leaves out of the facts at their usual value: when
 * the column names no longer agree, each set of them present or absent is tried, so a column
 * set or cleared outside Breachlog is still named.
 */
export function changedColumnsSince(
  sealed: SealedRow | undefined,
  table: string,
  key: string,
  facts: Record<string, unknown>,
  optional: readonly string[] = [],
): string[] {
  if (sealed?.c) return changedColumns(sealed.c, columnDigests(table, key, facts));
  if (sealed?.p === undefined) return [];
  const was = Buffer.from(sealed.p, 'base64url');
  const at = (buffer: Buffer, index: number) => buffer.subarray(index * PACKED_DIGEST_BYTES, (index + 1) * PACKED_DIGEST_BYTES);
  const current = Object.keys(facts);
  for (let mask = 0; mask < 1 << optional.length; mask += 1) {
    // This combination of the optional columns present, the rest absent.
    const names = new Set(current.filter((name) => !optional.includes(name)));
    optional.forEach((name, index) => {
      if (mask & (1 << index)) names.add(name);
    });
    const columns = [...names].sort();
    if (was.length !== PACKED_DIGEST_BYTES * (columns.length + 1) || !at(was, 0).equals(shortDigest(JSON.stringify([table, columns])))) continue;
    return columns.filter((column, index) => {
      if (!(column in facts)) return true;
      return !at(was, index + 1).equals(shortDigest(JSON.stringify([table, key, column, facts[column] ?? null])));
    }).concat(current.filter((column) => !names.has(column))).sort();
  }
  // Different column names: the digests cannot be lined up.
  return [];
}

/** The columns whose short digests differ (added or missing columns included). */
export function changedColumns(expected: Record<string, string> | undefined, actual: Record<string, string>): string[] {
  if (!expected) return [];
  const names = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  return [...names].filter((name) => expected[name] !== actual[name]).sort();
}
