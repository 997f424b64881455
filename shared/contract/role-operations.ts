import { z } from 'zod';
import { incidentIdSchema, incidentSchema } from '../incident';
import { INCIDENT_KINDS, KIND_REASON_MAX, PARTY_NAME_MAX } from '../incident-role';
import { instantSchema } from '../instant';
import type { OperationMap } from './define';

export const kindChangeSchema = z
  .object({
    id: incidentIdSchema,
    kind: z.enum(INCIDENT_KINDS),
    reason: z.string().trim().min(1, 'Give the reason for the change').max(KIND_REASON_MAX, `Keep the reason under ${KIND_REASON_MAX.toLocaleString('en-GB')} characters`),
  })
  .strict();

export const processorNoticeSchema = z
  .object({
    id: incidentIdSchema,
    processorName: z.string().trim().min(1, 'Name the processor that told you').max(PARTY_NAME_MAX, `Keep the name under ${PARTY_NAME_MAX} characters`),
    toldAt: instantSchema,
  })
  .strict();

export const roleOperations = {
  /** Turns a near miss into a breach, or a breach into a near miss, with the reason on the audit trail. */
  'incident:change-kind': { input: kindChangeSchema, output: incidentSchema },
  /**
   * As controller: records which processor told us and when. Awareness starts then (Art. 33(2)),
   * so the time of awareness is set to it (moved, with the reason on the trail, if it was later).
   */
  'incident:told-by-processor': { input: processorNoticeSchema, output: incidentSchema },
} as const satisfies OperationMap;
