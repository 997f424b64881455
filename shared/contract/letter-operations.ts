import { z } from 'zod';
import { incidentIdSchema } from '../incident';
import { letterStateSchema, letterVersionRefSchema, letterVersionSchema, saveLetterSchema } from '../letter';
import type { OperationMap } from './define';

export const letterOperations = {
  /** The letter to the people affected: the saved words (or the prefill), and its versions. */
  'letter:get': { input: z.object({ incidentId: incidentIdSchema }).strict(), output: letterStateSchema },
  /** Saves the letter's words as a new version, on the trail; the record and the ICO report are unchanged. */
  'letter:save': { input: saveLetterSchema, output: letterStateSchema },
  /** One saved version of the letter, to read as it was (not_found for a version never saved). */
  'letter:version': { input: letterVersionRefSchema, output: letterVersionSchema },
  /** Makes an older version the current one again, as a new version with its words, on the trail. */
  'letter:restore': { input: letterVersionRefSchema, output: letterStateSchema },
} as const satisfies OperationMap;
