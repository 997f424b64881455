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
}

/** The entry's hash: every stored field except the payload itself, which is covered by its own hash. */
export function entryHash(fields: ChainedFields): string {
  return sha256(
    JSON.stringify([
      fields.id,
      fields.at,
      fields.actor,
      fields.incidentId,
      fields.reference,
      fields.action,
      fields.field,
      fields.payloadHash,
      fields.prevHash,
    ]),
  );
}
