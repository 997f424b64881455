import { z } from 'zod';
import type { IncidentDraft } from '../../../shared/incident';
import { incidentDescriptionSchema, incidentTitleSchema } from '../../../shared/incident';
import { DEFAULT_TIME_ZONE, fromUkDateAndTime, isUkDate, isUkTime } from '../../../shared/uk-time';

/**
 * What the "Record a breach" form holds: UK dates and times as typed. The title and description
 * rules are the shared ones; the times are checked here for the form and again by the contract.
 */
export const newIncidentFormSchema = z
  .object({
    title: incidentTitleSchema,
    awareDate: z.string(),
    awareTime: z.string(),
    occurredDate: z.string(),
    occurredTime: z.string(),
    description: incidentDescriptionSchema,
  })
  .superRefine((values, ctx) => {
    const aware = checkDateTime(values.awareDate, values.awareTime, 'aware', true, ctx);
    const occurred = checkDateTime(values.occurredDate, values.occurredTime, 'occurred', false, ctx);
    if (aware && occurred && occurred > aware) {
      ctx.addIssue({ code: 'custom', path: ['occurredDate'], message: 'The breach cannot have happened after you became aware of it' });
    }
  });

function checkDateTime(date: string, time: string, prefix: 'aware' | 'occurred', required: boolean, ctx: z.RefinementCtx): Date | null {
  const path = [`${prefix}Date`];
  if (!date.trim() && !time.trim()) {
    if (required) ctx.addIssue({ code: 'custom', path, message: 'Enter the date and time your organisation became aware of the breach' });
    return null;
  }
  if (!isUkDate(date)) {
    ctx.addIssue({ code: 'custom', path, message: 'Enter a real date as day/month/year, for example 23/11/2026' });
    return null;
  }
  if (!isUkTime(time)) {
    ctx.addIssue({ code: 'custom', path, message: 'Enter the time on the 24-hour clock, for example 16:05' });
    return null;
  }
  return fromUkDateAndTime(date, time, DEFAULT_TIME_ZONE);
}

export type NewIncidentFormValues = z.infer<typeof newIncidentFormSchema>;

export const EMPTY_NEW_INCIDENT: NewIncidentFormValues = {
  title: '',
  awareDate: '',
  awareTime: '',
  occurredDate: '',
  occurredTime: '',
  description: '',
};

/** The fields in the order they appear, for moving focus to the first problem. */
export const FORM_FIELD_ORDER: readonly (keyof NewIncidentFormValues)[] = [
  'title',
  'awareDate',
  'awareTime',
  'occurredDate',
  'occurredTime',
  'description',
];

/** Field names in the contract mapped to the form's, so server-side issues land beside the right field. */
export const DRAFT_FIELD_TO_FORM_FIELD: Record<string, keyof NewIncidentFormValues> = {
  title: 'title',
  occurredAt: 'occurredDate',
  awareAt: 'awareDate',
  description: 'description',
};

export function toIncidentDraft(values: NewIncidentFormValues): IncidentDraft {
  const aware = fromUkDateAndTime(values.awareDate, values.awareTime, DEFAULT_TIME_ZONE);
  const occurred = values.occurredDate.trim()
    ? fromUkDateAndTime(values.occurredDate, values.occurredTime, DEFAULT_TIME_ZONE)
    : null;
  if (!aware) throw new Error('toIncidentDraft called with unvalidated values');
  return {
    title: values.title.trim(),
    occurredAt: occurred ? occurred.toISOString() : null,
    awareAt: aware.toISOString(),
    description: values.description.trim(),
  };
}
