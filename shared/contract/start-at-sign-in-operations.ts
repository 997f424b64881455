import { z } from 'zod';
import { startAtSignInChoiceSchema } from '../start-at-sign-in';
import { noInput } from './common';
import type { OperationMap } from './define';

const choiceOutput = z.object({ choice: startAtSignInChoiceSchema });

export const startAtSignInOperations = {
  /** Whether Breachlog starts at sign-in: on, off, or not chosen yet (then on while a clock runs). */
  'startup:get-choice': { input: noInput, output: choiceOutput },
  /** The person's choice; kept outside the register, since it is needed before anyone unlocks. */
  'startup:set-choice': { input: z.object({ choice: z.enum(['on', 'off']) }).strict(), output: choiceOutput },
} as const satisfies OperationMap;
