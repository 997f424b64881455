import { z } from 'zod';
import { assessmentAnswersSchema, assessmentResultSchema } from '../assessment';
import { incidentIdSchema } from '../incident';
import { instantSchema } from '../instant';
import { recordedDecisionSchema } from './decision';
import { recordBasisSchema } from './record-basis';

/**
 * One saved assessment of one incident. Every version is kept: new facts mean a new
 * version, never an edit, so the register shows how the decision was reached over time.
 * Rows read back from the database pass through this same schema.
 */
export const assessmentVersionSchema = z.object({
  id: z.number().int().positive(),
  incidentId: incidentIdSchema,
  /** 1 for the first assessment of the incident, then 2, 3… */
  version: z.number().int().positive(),
  createdAt: instantSchema,
  /** Who made the decision. */
  actor: z.string().min(1),
  answers: assessmentAnswersSchema,
  /** What the engine advised, computed in the main process from `answers`. */
  advice: assessmentResultSchema,
  decision: recordedDecisionSchema,
  /** The record's facts when the assessment was made, to tell later whether it is out of date. */
  fromRecord: recordBasisSchema,
});

export type AssessmentVersion = z.infer<typeof assessmentVersionSchema>;

export const stalenessSchema = z.object({
  stale: z.boolean(),
  /** Plain sentences saying what changed; null when not stale. */
  reason: z.string().nullable(),
});

export type Staleness = z.infer<typeof stalenessSchema>;
