import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { anchorFindingSchema, registerHeadSchema } from '../../../shared/register-fingerprint';
import type { AnchorFinding, RegisterHead } from '../../../shared/register-fingerprint';

/** What is kept outside the register file: the trail's head when last written, and what earlier checks found. */
export interface AnchorRecord {
  head: RegisterHead | null;
  /** When Breachlog last wrote it. */
  writtenAt: string;
  /** Findings kept for good (warnings, alarms, restores), oldest first, the newest MAX_HISTORY. */
  history: AnchorFinding[];
}

export const MAX_HISTORY = 20;
const FORMAT = 'breachlog-register-anchor-1';

const bodySchema = z.object({ head: registerHeadSchema.nullable(), writtenAt: z.string(), history: z.array(anchorFindingSchema) }).strict();
const envelopeSchema = z
  .object({ format: z.literal(FORMAT), body: z.string(), nonce: z.string().regex(/^[0-9a-f]{64}$/), mac: z.string().regex(/^[0-9a-f]{64}$/) })
  .strict();

export class AnchorDamaged extends Error {}

/**
 * The record as bytes. The MAC is keyed by a random nonce inside the same record: once the key store
 * has wrapped it, no one without the key store can change a byte (even of a wrapping without its
 * own integrity check, such as AES-CBC) and still have it pass. In a plain file it only catches damage.
 */
export function encodeAnchor(record: AnchorRecord): Buffer {
  const body = JSON.stringify({ ...record, history: record.history.slice(-MAX_HISTORY) });
  const nonce = randomBytes(32).toString('hex');
  return Buffer.from(JSON.stringify({ format: FORMAT, body, nonce, mac: mac(nonce, body) }), 'utf8');
}

export function decodeAnchor(bytes: Buffer): AnchorRecord {
  let envelope: z.infer<typeof envelopeSchema>;
  try {
    envelope = envelopeSchema.parse(JSON.parse(bytes.toString('utf8')));
  } catch {
    throw new AnchorDamaged('it is not a fingerprint record');
  }
  const expected = Buffer.from(mac(envelope.nonce, envelope.body), 'hex');
  if (!timingSafeEqual(expected, Buffer.from(envelope.mac, 'hex'))) throw new AnchorDamaged('its check code does not match');
  try {
    return bodySchema.parse(JSON.parse(envelope.body));
  } catch {
    throw new AnchorDamaged('its contents cannot be read');
  }
}

function mac(nonce: string, body: string): string {
  return createHmac('sha256', Buffer.from(nonce, 'hex')).update(body, 'utf8').digest('hex');
}
