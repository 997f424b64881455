import { z } from 'zod';
import { instantSchema } from './instant';

/**
 * The breach record as the register keeps it. This is the foundation slice: the full
 * Art. 33(5) record (people, data categories, consequences, actions…) widens this schema.
 */

export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 20_000;
/** Clocks on office PCs drift; allow this much "future" before calling a time impossible. */
export const CLOCK_TOLERANCE_MS = 5 * 60 * 1000;

export const referenceSchema = z.string().regex(/^BR-\d{4}-\d{4,}$/, 'Not a Breachlog reference');

export const incidentTitleSchema = z
  .string()
  .trim()
  .min(1, 'Give the breach a short title, for example "Payroll file emailed to wrong person"')
  .max(TITLE_MAX, `Keep the title under ${TITLE_MAX} characters`);

export const incidentDescriptionSchema = z
  .string()
  .trim()
  .max(DESCRIPTION_MAX, `Keep the description under ${DESCRIPTION_MAX} characters`);

const draftFields = z.object({
  title: incidentTitleSchema,
  occurredAt: instantSchema.nullable(),
  awareAt: instantSchema,
  description: incidentDescriptionSchema,
});

export const incidentDraftSchema = draftFields.superRefine((draft, ctx) => {
  if (draft.occurredAt !== null && draft.occurredAt > draft.awareAt) {
    ctx.addIssue({
      code: 'custom',
      path: ['occurredAt'],
      message: 'The breach cannot have happened after you became aware of it',
    });
  }
});

export type IncidentDraft = z.infer<typeof incidentDraftSchema>;

export const incidentIdSchema = z.number().int().positive();

export const incidentSchema = draftFields.extend({
  id: incidentIdSchema,
  reference: referenceSchema,
  createdAt: instantSchema,
  updatedAt: instantSchema,
});

export type Incident = z.infer<typeof incidentSchema>;

/** Checks that depend on the current time, kept out of the schema so the schema stays pure. */
export function futureTimeIssues(draft: IncidentDraft, now: Date): { path: string; message: string }[] {
  const limit = now.getTime() + CLOCK_TOLERANCE_MS;
  const issues: { path: string; message: string }[] = [];
  if (Date.parse(draft.awareAt) > limit) {
    issues.push({ path: 'awareAt', message: 'This time is in the future: enter when you actually became aware' });
  }
  if (draft.occurredAt !== null && Date.parse(draft.occurredAt) > limit) {
    issues.push({ path: 'occurredAt', message: 'This time is in the future' });
  }
  return issues;
}
