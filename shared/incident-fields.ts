import { z } from 'zod';
import { instantSchema, isEarlier } from './instant';

/**
 * The closed lists a breach record uses. The data and people categories are the ICO breach
 * report form's own (domain.md §3), so the record can be copied into the form as it is.
 */

export const INCIDENT_STATUSES = ['open', 'contained', 'closed'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export const BREACH_TYPES = ['confidentiality', 'integrity', 'availability'] as const;
export type BreachType = (typeof BREACH_TYPES)[number];

export const CAUSES = [
  'sent_to_wrong_recipient',
  'impersonation',
  'lost_or_stolen',
  'cyber_attack',
  'unauthorised_access',
  'system_failure',
  'insecure_disposal',
  'other',
  'not_yet_known',
] as const;
export type Cause = (typeof CAUSES)[number];

export const DATA_CATEGORIES = [
  'basic_identifiers',
  'identification_data',
  'financial',
  'official_documents',
  'location',
  'racial_ethnic',
  'political',
  'religious',
  'trade_union',
  'sex_life',
  'sexual_orientation',
  'gender_reassignment',
  'health',
  'genetic_biometric',
  'criminal',
  'other',
  'not_yet_known',
] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];

/** Special category (Art. 9) and criminal offence (Art. 10) data. */
export const SPECIAL_DATA_CATEGORIES: readonly DataCategory[] = [
  'racial_ethnic',
  'political',
  'religious',
  'trade_union',
  'sex_life',
  'sexual_orientation',
  'gender_reassignment',
  'health',
  'genetic_biometric',
  'criminal',
];

export const PEOPLE_CATEGORIES = [
  'employees',
  'users',
  'subscribers',
  'students',
  'customers',
  'patients',
  'children',
  'vulnerable_adults',
  'other',
  'not_yet_known',
] as const;
export type PeopleCategory = (typeof PEOPLE_CATEGORIES)[number];

export const CYBER_ANSWERS = ['yes', 'no', 'not_yet_known'] as const;

export const COUNT_MAX = 100_000_000;

/** An approximate number: exact, a range, or not known yet (the ICO accepts approximations). */
export const approximateCountSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('not_known') }),
    z.object({ kind: z.literal('exact'), value: z.number().int().min(0, 'Numbers cannot be negative').max(COUNT_MAX) }),
    z.object({
      kind: z.literal('range'),
      min: z.number().int().min(0, 'Numbers cannot be negative').max(COUNT_MAX),
      max: z.number().int().min(0, 'Numbers cannot be negative').max(COUNT_MAX),
    }),
  ])
  .refine((count) => count.kind !== 'range' || count.min <= count.max, {
    message: 'The lower number must not be more than the higher one',
  });
export type ApproximateCount = z.infer<typeof approximateCountSchema>;

/** When the breach happened: a moment, a period, or not known. */
export const occurrenceSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('not_known') }),
    z.object({ kind: z.literal('at'), at: instantSchema }),
    z.object({ kind: z.literal('between'), from: instantSchema, to: instantSchema }),
  ])
  .refine((o) => o.kind !== 'between' || !isEarlier(o.to, o.from), { message: 'The start of the period must be before its end' });
export type Occurrence = z.infer<typeof occurrenceSchema>;

/** The earliest moment the breach can have happened, for ordering checks. */
export function occurrenceStart(o: Occurrence): string | null {
  return o.kind === 'at' ? o.at : o.kind === 'between' ? o.from : null;
}

/** The latest moment it can have happened. */
export function occurrenceEnd(o: Occurrence): string | null {
  return o.kind === 'at' ? o.at : o.kind === 'between' ? o.to : null;
}

export const ACTIONS_MAX = 50;

export const remedialActionSchema = z.object({
  description: z.string().trim().min(1, 'Describe the action').max(1000, 'Keep each action under 1,000 characters'),
  owner: z.string().trim().max(200, 'Keep the name under 200 characters'),
  dueDate: z.iso.date({ message: 'Enter a real date' }).nullable(),
  done: z.boolean(),
});
export type RemedialAction = z.infer<typeof remedialActionSchema>;
