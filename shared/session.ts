import { z } from 'zod';
import { PASSPHRASE_MAX, PASSPHRASE_MIN } from './passphrase-limits';

/** Why the register was locked: the person asked, nobody used it for the idle time, or the computer's screen locked or it slept. */
export const lockReasonSchema = z.enum(['on_request', 'idle', 'away']);
export type LockReason = z.infer<typeof lockReasonSchema>;

/** Whether the register can be read, and if not what the person must do first. */
export const sessionStatusSchema = z.discriminatedUnion('state', [
  /** `user` is who changes are attributed to; null until the person says who they are. */
  z.object({ state: z.literal('open'), user: z.string().nullable(), suggestedUser: z.string().nullable() }),
  /** First run without an OS key store: the person chooses a passphrase. */
  z.object({ state: z.literal('needs_new_passphrase') }),
  /** `reason` is set when the register was open and has just been locked (see lockReasonSchema). */
  z.object({ state: z.literal('needs_passphrase'), reason: lockReasonSchema.optional() }),
  /** Locked (on demand or after the idle time) with the OS key store: one click opens it again. */
  z.object({ state: z.literal('locked'), reason: lockReasonSchema.optional() }),
  /** `problem` says the register file is missing or empty although a register existed: restore is the way on. */
  z.object({ state: z.literal('unavailable'), message: z.string(), problem: z.enum(['missing', 'empty']).optional() }),
]);

export type SessionStatus = z.infer<typeof sessionStatusSchema>;


/** Control characters (tab, newline, NUL, DEL, the C1 range) and halves of a broken surrogate pair. */
const UNUSABLE_IN_PASSPHRASE = /[\p{Cc}\p{Cs}]/u;

/** Why a passphrase cannot key the register, or null when it can; shared by the contract and the key layer. */
export function passphraseProblem(passphrase: string): string | null {
  return UNUSABLE_IN_PASSPHRASE.test(passphrase) ? CONTROL_CHARACTER_MESSAGE : null;
}

const CONTROL_CHARACTER_MESSAGE =
  'A passphrase cannot contain control characters such as a tab, a line break or a null; use letters, numbers, spaces and punctuation';

/**
 * Any passphrase or other secret the person types: no control characters (an input field cannot
 * produce them; a NUL cut the key short at the database). The value is checked, not rewritten:
 * the key layer uses its NFC form (electron/services/database/database-key.ts), and needs the
 * form as typed to open a register keyed before passphrases were normalised.
 */
export function secretTextSchema(limits: { min: number; minMessage: string; max: number; maxMessage: string }) {
  return z
    .string()
    .min(limits.min, limits.minMessage)
    .max(limits.max, limits.maxMessage)
    .refine((text) => passphraseProblem(text) === null, { message: CONTROL_CHARACTER_MESSAGE });
}

export const passphraseSchema = secretTextSchema({
  min: PASSPHRASE_MIN,
  minMessage: `Use at least ${PASSPHRASE_MIN} characters; a short sentence is easy to remember`,
  max: PASSPHRASE_MAX,
  maxMessage: 'That passphrase is too long',
});

/** The name of the person using the app, for the audit trail; a small office shares one PC. */
export const userNameSchema = z
  .string()
  .trim()
  .min(2, 'Enter your name so changes can be attributed to you')
  .max(100, 'Keep the name under 100 characters');
