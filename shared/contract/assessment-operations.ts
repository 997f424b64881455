import { z } from 'zod';
import { assessmentAnswersSchema, assessmentResultSchema } from '../assessment';
import { assessmentVersionSchema, decisionInputSchema, stalenessSchema } from '../assessment-record';
import { incidentIdSchema } from '../incident';
import type { OperationMap } from './define';

export const assessmentOperations = {
  /** The engine's advice for a full set of answers, worked out in the main process; nothing is saved. */
  'assessment:advise': { input: z.object({ answers: assessmentAnswersSchema }).strict(), output: assessmentResultSchema },
  /** Saves a new assessment version: the answers, the advice worked out from them, and the person's decision. */
  'assessment:save': {
    input: z.object({ incidentId: incidentIdSchema, answers: assessmentAnswersSchema, decision: decisionInputSchema }).strict(),
    output: assessmentVersionSchema,
  },
  /** Every assessment version of an incident, newest first, and whether the current one is out of date. */
  'assessment:list': {
    input: z.object({ incidentId: incidentIdSchema }).strict(),
    output: z.object({ versions: z.array(assessmentVersionSchema), outOfDate: stalenessSchema }),
  },
} as const satisfies OperationMap;
