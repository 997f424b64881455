import { hash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

/** Entries written since schema 11: 32-byte hashes, the link to the entry before implied, the compact list of rows. */
export const COMPACT_FORMAT = 2;

export function sha256(text: string): string {
  // One-shot: for a short text about half the time of createHash().update().digest().
  return hash('sha256', text);
}

/**
 * A stored hash as the hex text the chain hashes and the fingerprint prints. Since schema 11 a
 * hash is kept as its 32 bytes; a file checked before its upgrade still holds the hex text.
 */
export function hashHex(stored: unknown): string {
  if (stored instanceof Uint8Array) return Buffer.from(stored).toString('hex');
  return String(stored);
}

/** The 32 bytes a hash is kept as. */
export function hashBytes(hex: string): Buffer {
  return Buffer.from(hex, 'hex');
}

export interface ChainedFields {
  id: number;
  at: string;
  actor: string;
  incidentId: number | null;
  reference: string | null;
  action: string;
  field: string | null;
  payloadHash: string;
  prevHash: string;
  /** The rows the entry's change touched (JSON); null on entries written before they were recorded. */
  rowsJson: string | null;
  /** COMPACT_FORMAT on entries written since schema 11; absent or null on older ones. */
  format?: number | null;
}

/**
 * The entry's hash: every stored field except the payload itself, which is covered by its own hash.
 * Entries that record their touched rows cover that list too, and compact entries their format
 * as well (so an entry cannot be passed off as another format); older entries keep theirs.
 */
export function entryHash(fields: ChainedFields): string {
  const chained = [
    fields.id,
    fields.at,
    fields.actor,
    fields.incidentId,
    fields.reference,
    fields.action,
    fields.field,
    fields.payloadHash,
    fields.prevHash,
  ];
  if (fields.format === COMPACT_FORMAT) return sha256(JSON.stringify([...chained, fields.rowsJson ?? '[]', COMPACT_FORMAT]));
  return sha256(JSON.stringify(fields.rowsJson === null ? chained : [...chained, fields.rowsJson]));
}
