import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
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
}

/**
 * The entry's hash: every stored field except the payload itself, which is covered by its own hash.
 * Entries that record their touched rows cover that list too; older entries keep their format.
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
  return sha256(JSON.stringify(fields.rowsJson === null ? chained : [...chained, fields.rowsJson]));
}
