import { z } from 'zod';
import { incidentIdSchema, incidentSchema } from '../incident';
import { incidentSummarySchema } from '../register-query';
import { reminderSchema } from '../reminders';
import {
  awarenessCorrectionSchema,
  submissionInputSchema,
  submissionSchema,
  tellingInputSchema,
  tellingSchema,
} from '../submission';
import { noInput } from './common';
import type { OperationMap } from './define';

const byIncident = z.object({ incidentId: incidentIdSchema }).strict();

export const clockOperations = {
  /** Records a report to the ICO (initial or follow-up); the first stops the clock. A late one needs its reasons. */
  'submission:record': { input: submissionInputSchema, output: z.array(submissionSchema) },
  /** The reports made to the ICO for an incident, oldest first. */
  'submission:list': { input: byIncident, output: z.array(submissionSchema) },
  /** Records when, how and by whom the people affected were told (Art. 34). */
  'telling:record': { input: tellingInputSchema, output: z.array(tellingSchema) },
  'telling:list': { input: byIncident, output: z.array(tellingSchema) },
  /** Moves the time of awareness (and so the deadline), with the reason, onto the audit trail. */
  'incident:correct-awareness': { input: awarenessCorrectionSchema, output: incidentSchema },
  /** Every clock still running or overdue, most urgent first. */
  'clock:running': { input: noInput, output: z.array(incidentSummarySchema) },
  /** Deadline reminders that have fired and not been dismissed (the in-app banners). */
  'reminder:unseen': { input: noInput, output: z.array(reminderSchema) },
  'reminder:dismiss': { input: byIncident, output: z.object({}) },
} as const satisfies OperationMap;
