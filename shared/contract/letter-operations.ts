import { z } from 'zod';
import { incidentIdSchema } from '../incident';
import { letterStateSchema, saveLetterSchema } from '../letter';
import type { OperationMap } from './define';

export const letterOperations = {
  /** The letter to the people affected: the saved words (or the prefill), and its versions. */
  'letter:get': { input: z.object({ incidentId: incidentIdSchema }).strict(), output: letterStateSchema },
  /** Saves the letter's words as a new version, on the trail; the record and the ICO report are unchanged. */
  'letter:save': { input: saveLetterSchema, output: letterStateSchema },
} as const satisfies OperationMap;
