import { COMPACT_FORMAT } from './audit-hash';
import type { SealedRow } from './row-digest';

/**
 * The list of rows an entry seals, as stored. Entries before schema 11 hold JSON objects with hex
 * digests and named column digests; compact entries hold one array per row,
 * `[table, key, digest, packed columns, incident, reference]` (digest as base64url, null once the row
 * is deleted; trailing empty items left out).
 */
export function encodeRows(rows: readonly SealedRow[]): string {
  return JSON.stringify(
    rows.map((row) => {
      const item: unknown[] = [row.t, row.k, row.d === null ? null : Buffer.from(row.d, 'hex').toString('base64url'), row.p ?? null, row.i ?? null, row.r ?? null];
      while (item.length > 2 && item.at(-1) === null) item.pop();
      return item;
    }),
  );
}

/** The rows an entry seals, whatever its format; throws on text that is not a list of rows. */
export function decodeRows(text: string, format: number | null | undefined): SealedRow[] {
  const parsed: unknown = JSON.parse(text);
  if (!Array.isArray(parsed)) throw new Error('Not a list of rows');
  if (format !== COMPACT_FORMAT) return parsed as SealedRow[];
  return parsed.map((item: unknown) => {
    if (!Array.isArray(item) || typeof item[0] !== 'string' || typeof item[1] !== 'string') throw new Error('Not a sealed row');
    const [t, k, d, p, i, r] = item as [string, string, unknown, unknown, unknown, unknown];
    const row: SealedRow = { t, k, d: typeof d === 'string' ? Buffer.from(d, 'base64url').toString('hex') : null };
    if (typeof p === 'string') row.p = p;
    if (typeof i === 'number') row.i = i;
    if (typeof r === 'string') row.r = r;
    return row;
  });
}

/** The rows an entry seals, or null when its list cannot be read (an entry edited by hand: its hash no longer matches either). */
export function readRows(text: string | null | undefined, format: number | null | undefined): SealedRow[] | null {
  if (text === null || text === undefined) return null;
  try {
    return decodeRows(text, format);
  } catch {
    return null;
  }
}
