import { z } from 'zod';
import { passphraseSchema, sessionStatusSchema, userNameSchema } from '../session';
import type { OperationMap } from './define';
import { noInput } from './common';

export const sessionOperations = {
  /** Whether the register is open or needs a passphrase first, and who is using the app. */
  'session:status': { input: noInput, output: sessionStatusSchema },
  /** Opens the register with a passphrase (creating it on first run when no OS key store exists). */
  'session:unlock': { input: z.object({ passphrase: passphraseSchema }).strict(), output: sessionStatusSchema },
  /** Says who is using the app; every change from now on is attributed to them. */
  'session:set-user': { input: z.object({ name: userNameSchema }).strict(), output: sessionStatusSchema },
} as const satisfies OperationMap;
