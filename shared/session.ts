import { z } from 'zod';

/** Whether the register can be read, and if not what the person must do first. */
export const sessionStatusSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('open') }),
  /** First run without an OS key store: the person chooses a passphrase. */
  z.object({ state: z.literal('needs_new_passphrase') }),
  z.object({ state: z.literal('needs_passphrase') }),
  z.object({ state: z.literal('unavailable'), message: z.string() }),
]);

export type SessionStatus = z.infer<typeof sessionStatusSchema>;

export const PASSPHRASE_MIN = 10;
export const PASSPHRASE_MAX = 1024;

export const passphraseSchema = z
  .string()
  .min(PASSPHRASE_MIN, `Use at least ${PASSPHRASE_MIN} characters; a short sentence is easy to remember`)
  .max(PASSPHRASE_MAX, 'That passphrase is too long');
