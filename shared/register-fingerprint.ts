import { z } from 'zod';
import { verifyResultSchema } from './audit';

/**
 * The register's fingerprint: how many entries its audit trail has and the newest entry's hash.
 * Each entry's hash covers the one before it, so the pair stands for the whole trail up to there:
 * a trail that still holds entry N with the same hash has lost or changed nothing up to N.
 */
export interface RegisterHead {
  /** The number of entries (the newest entry's number: entries are numbered from 1 without gaps). */
  entry: number;
  /** The newest entry's SHA-256 hash, 64 lower-case hex characters. */
  hash: string;
}

/** The shortest hash prefix accepted when typed in: 16 hex characters are 64 bits, beyond forging. */
export const MIN_TYPED_HEX = 16;
/** Hex characters shown on documents' running footers (in groups of four); the body shows all 64. */
export const SHORT_HEX = 16;

/** "9f3a 61c0 b2d4 77e1": hex in groups of four, easy to read aloud and to type. */
export function groupedHex(hash: string, length = hash.length): string {
  return (hash.slice(0, length).match(/.{1,4}/g) ?? []).join(' ');
}

/** "entry 2,481, 9f3a 61c0 b2d4 77e1" (the hash shortened to `hexLength` characters). */
export function formatFingerprint(head: RegisterHead, hexLength = SHORT_HEX): string {
  return `entry ${head.entry.toLocaleString('en-GB')}, ${groupedHex(head.hash, hexLength)}`;
}

/** The line printed on documents: "Register fingerprint: entry 2,481, 9f3a 61c0 b2d4 77e1". */
export function fingerprintLine(head: RegisterHead | null, hexLength = SHORT_HEX): string {
  return `Register fingerprint: ${head ? formatFingerprint(head, hexLength) : 'no entries yet'}`;
}

/** A fingerprint someone typed in: the entry number and the start of its hash. */
export interface TypedFingerprint {
  entry: number;
  /** At least MIN_TYPED_HEX lower-case hex characters, spaces removed. */
  hashPrefix: string;
}

/**
 * Reads "entry 2,481, 9f3a 61c0 b2d4 77e1" and the ways people type it from a printout: with or
 * without "Register fingerprint:" and "entry", the number with or without its thousands commas,
 * the hash with or without spaces, in either case, with a trailing "…". The entry number ends at
 * the first separator (comma, colon, slash or space) that is not a thousands comma.
 */
export function parseTypedFingerprint(text: string): { ok: true; value: TypedFingerprint } | { ok: false; message: string } {
  const cleaned = text
    .normalize('NFKC')
    .trim()
    .replace(/^register\s+fingerprint\s*:?\s*/i, '')
    .replace(/^entry\s*/i, '')
    .replace(/(…|\.\.\.)$/, '')
    .trim();
  if (/^(\d{1,3}(?:,\d{3})+|\d+)$/.test(cleaned)) {
    return { ok: false, message: `Type the hash after the entry number too: at least its first ${MIN_TYPED_HEX} characters` };
  }
  const match = /^(\d{1,3}(?:,\d{3})+|\d+)\s*[,:;/\s]\s*([0-9a-fA-F][0-9a-fA-F\s]*)$/.exec(cleaned);
  if (!match) {
    return {
      ok: false,
      message: 'Type the fingerprint as it is printed: the entry number, then its hash, for example “entry 2,481, 9f3a 61c0 b2d4 77e1”',
    };
  }
  const entry = Number((match[1] ?? '').replaceAll(',', ''));
  const hashPrefix = (match[2] ?? '').replace(/\s+/g, '').toLowerCase();
  if (!Number.isSafeInteger(entry) || entry < 1) return { ok: false, message: 'The entry number must be 1 or more' };
  if (hashPrefix.length < MIN_TYPED_HEX) {
    return { ok: false, message: `Type at least the first ${MIN_TYPED_HEX} characters of the hash (four groups of four); you typed ${hashPrefix.length}` };
  }
  if (hashPrefix.length > 64) return { ok: false, message: 'The hash has 64 characters at most; check for extra characters' };
  return { ok: true, value: { entry, hashPrefix } };
}

/** The typed fingerprint at the contract's boundary: nonsense is refused there, with the reason. */
export const typedFingerprintSchema = z
  .string()
  .max(200, 'A fingerprint is much shorter than that')
  .transform((text, context) => {
    const parsed = parseTypedFingerprint(text);
    if (parsed.ok) return parsed.value;
    context.addIssue({ code: 'custom', message: parsed.message });
    return z.NEVER;
  });

export const registerHeadSchema = z.object({ entry: z.number().int().positive(), hash: z.string().regex(/^[0-9a-f]{64}$/) });

/** How the register compares with the fingerprint kept outside its file. */
export const ANCHOR_STATES = [
  /** Equal. */
  'matches',
  /** One change behind after a sudden stop (the change committed, the fingerprint not yet): brought up to date. */
  'caught-up',
  /** No entries yet and nothing kept: nothing to compare. */
  'empty',
  /** Entries were added while Breachlog was not keeping the fingerprint. */
  'behind',
  /** No fingerprint is kept outside the file for a register that has entries. */
  'missing',
  /** The kept entry is gone or has another hash: truncated, rolled back or re-chained. */
  'mismatch',
  /** The kept fingerprint cannot be read back (damaged, or replaced by something that is not one). */
  'damaged',
  /** The key store could not be asked. */
  'unavailable',
] as const;
export type AnchorState = (typeof ANCHOR_STATES)[number];
export const ANCHOR_LEVELS = ['ok', 'warning', 'alarm'] as const;
export type AnchorLevel = (typeof ANCHOR_LEVELS)[number];

export const anchorFindingSchema = z.object({
  at: z.string(),
  /** 'note' for what needs no action (a restore; problems found before a restore). */
  level: z.enum([...ANCHOR_LEVELS, 'note']),
  state: z.enum([...ANCHOR_STATES, 'restored']),
  message: z.string(),
});
export type AnchorFinding = z.infer<typeof anchorFindingSchema>;

export const anchorCheckSchema = z.object({
  state: z.enum(ANCHOR_STATES),
  level: z.enum(ANCHOR_LEVELS),
  message: z.string(),
  /** Where the fingerprint is kept, in words ("this computer's key store", "a file beside the register"). */
  keptIn: z.string(),
  /** What Breachlog found on earlier checks and kept with the fingerprint, oldest first. */
  history: z.array(anchorFindingSchema),
});
export type AnchorCheck = z.infer<typeof anchorCheckSchema>;

export const TYPED_FINGERPRINT_STATES = ['matches', 'differs', 'not-in-register'] as const;
export const typedFingerprintCheckSchema = z.object({
  state: z.enum(TYPED_FINGERPRINT_STATES),
  entry: z.number().int().positive(),
  message: z.string(),
});
export type TypedFingerprintCheck = z.infer<typeof typedFingerprintCheckSchema>;

/**
 * What "Verify the register" answers: the trail's own check, plus the register's fingerprint,
 * the comparison with the fingerprint kept outside the file and with one typed in. `intact` is
 * false when either comparison shows the trail was cut short, rolled back or rewritten.
 */
export const anchoredVerifyResultSchema = verifyResultSchema.extend({
  fingerprint: registerHeadSchema.nullable(),
  anchor: anchorCheckSchema,
  typedFingerprint: typedFingerprintCheckSchema.nullable(),
});
export type AnchoredVerifyResult = z.infer<typeof anchoredVerifyResultSchema>;

export const verifyInputSchema = z.object({ fingerprint: typedFingerprintSchema.optional() }).strict();
