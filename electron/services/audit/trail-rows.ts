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
  return decodeRowsAsStored(text, format).map((row) => (row.d === null || format !== COMPACT_FORMAT ? row : { ...row, d: Buffer.from(row.d, 'base64url').toString('hex') }));
}

/**
 * The same, each row's digest as it is stored: base64url in a compact entry, hex in an older one.
 * For a walk over the whole trail, which compares only the last seal of each row (`sameDigest`)
 * and so need not convert millions of them.
 */
export function decodeRowsAsStored(text: string, format: number | null | undefined): SealedRow[] {
  const parsed: unknown = JSON.parse(text);
  if (!Array.isArray(parsed)) throw new Error('Not a list of rows');
  if (format !== COMPACT_FORMAT) return parsed as SealedRow[];
  return parsed.map((item: unknown) => {
    if (!Array.isArray(item) || typeof item[0] !== 'string' || typeof item[1] !== 'string') throw new Error('Not a sealed row');
    const [t, k, d, p, i, r] = item as [string, string, unknown, unknown, unknown, unknown];
    const row: SealedRow = { t, k, d: typeof d === 'string' ? d : null };
    if (typeof p === 'string') row.p = p;
    if (typeof i === 'number') row.i = i;
    if (typeof r === 'string') row.r = r;
    return row;
  });
}

/** The rows an entry seals, or null when its list cannot be read (an entry edited by hand: its hash no longer matches either). */
export function readRows(text: string | null | undefined, format: number | null | undefined): SealedRow[] | null {
  return readWith(decodeRows, text, format);
}

/** The same, with digests as stored (see decodeRowsAsStored). */
export function readRowsAsStored(text: string | null | undefined, format: number | null | undefined): SealedRow[] | null {
  return readWith(decodeRowsAsStored, text, format);
}

/** Whether a row's digest (hex) is the one a seal stored (hex, or base64url in a compact entry). */
export function sameDigest(hex: string, stored: string): boolean {
  return stored.length === HEX_DIGEST_LENGTH ? hex === stored : Buffer.from(hex, 'hex').toString('base64url') === stored;
}

const HEX_DIGEST_LENGTH = 64;

function readWith(decode: typeof decodeRows, text: string | null | undefined, format: number | null | undefined): SealedRow[] | null {
  if (text === null || text === undefined) return null;
  try {
    return decode(text, format);
  } catch {
    return null;
  }
}
