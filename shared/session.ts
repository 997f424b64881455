import { z } from 'zod';

/** Whether the register can be read, and if not what the person must do first. */
export const sessionStatusSchema = z.discriminatedUnion('state', [
  /** `user` is who changes are attributed to; null until the person says who they are. */
  z.object({ state: z.literal('open'), user: z.string().nullable(), suggestedUser: z.string().nullable() }),
  /** First run without an OS key store: the person chooses a passphrase. */
  z.object({ state: z.literal('needs_new_passphrase') }),
  z.object({ state: z.literal('needs_passphrase') }),
  /** Locked (on demand or after the idle time) with the OS key store: one click opens it again. */
  z.object({ state: z.literal('locked') }),
  /** `problem` says the register file is missing or empty although a register existed: restore is the way on. */
  z.object({ state: z.literal('unavailable'), message: z.string(), problem: z.enum(['missing', 'empty']).optional() }),
]);

export type SessionStatus = z.infer<typeof sessionStatusSchema>;

export const PASSPHRASE_MIN = 10;
export const PASSPHRASE_MAX = 1024;

export const passphraseSchema = z
  .string()
  .min(PASSPHRASE_MIN, `Use at least ${PASSPHRASE_MIN} characters; a short sentence is easy to remember`)
  .max(PASSPHRASE_MAX, 'That passphrase is too long');

/** The name of the person using the app, for the audit trail; a small office shares one PC. */
export const userNameSchema = z
  .string()
  .trim()
  .min(2, 'Enter your name so changes can be attributed to you')
  .max(100, 'Keep the name under 100 characters');
