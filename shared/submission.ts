import { z } from 'zod';
import { incidentIdSchema } from './incident';
import { instantSchema } from './instant';

/** Reports sent to the ICO (Art. 33), and the duty to tell the people affected (Art. 34). */

export const SUBMISSION_KINDS = ['initial', 'follow_up'] as const;
export const SUBMISSION_CHANNELS = ['online_form', 'phone'] as const;
export const TELLING_METHODS = ['email', 'letter', 'phone', 'in_person', 'public_notice'] as const;

export const SUBMISSION_KIND_LABELS = { initial: 'Initial report', follow_up: 'Follow-up report' } as const;
export const SUBMISSION_CHANNEL_LABELS = { online_form: 'ICO online form', phone: 'ICO helpline (0303 123 1113)' } as const;
export const TELLING_METHOD_LABELS = {
  email: 'Email',
  letter: 'Letter',
  phone: 'Phone call',
  in_person: 'In person',
  public_notice: 'Public notice (Art. 34(3)(c))',
} as const;

const text = (max: number, what: string) => z.string().trim().max(max, `Keep ${what} under ${max.toLocaleString('en-GB')} characters`);

export const submissionInputSchema = z
  .object({
    incidentId: incidentIdSchema,
    kind: z.enum(SUBMISSION_KINDS),
    submittedAt: instantSchema,
    channel: z.enum(SUBMISSION_CHANNELS),
    whatWasSent: text(20_000, 'the description').min(1, 'Say briefly what was sent or said'),
    icoCaseReference: text(100, 'the case reference'),
    /** Required when the report is made after the 72-hour deadline (Art. 33(1)). */
    lateReason: text(20_000, 'the reasons'),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.kind === 'follow_up' && input.icoCaseReference === '') {
      ctx.addIssue({ code: 'custom', path: ['icoCaseReference'], message: 'A follow-up must quote the ICO case reference' });
    }
  });

export type SubmissionInput = z.infer<typeof submissionInputSchema>;

export const submissionSchema = z.object({
  id: z.number().int().positive(),
  incidentId: incidentIdSchema,
  kind: z.enum(SUBMISSION_KINDS),
  submittedAt: instantSchema,
  channel: z.enum(SUBMISSION_CHANNELS),
  whatWasSent: z.string(),
  icoCaseReference: z.string(),
  lateReason: z.string(),
  late: z.boolean(),
  recordedAt: instantSchema,
  recordedBy: z.string(),
});
export type Submission = z.infer<typeof submissionSchema>;

export const tellingInputSchema = z
  .object({
    incidentId: incidentIdSchema,
    toldAt: instantSchema,
    method: z.enum(TELLING_METHODS),
    toldBy: text(200, 'the name').min(1, 'Say who told them'),
    note: text(20_000, 'the note'),
  })
  .strict();
export type TellingInput = z.infer<typeof tellingInputSchema>;

export const tellingSchema = z.object({
  id: z.number().int().positive(),
  incidentId: incidentIdSchema,
  toldAt: instantSchema,
  method: z.enum(TELLING_METHODS),
  toldBy: z.string(),
  note: z.string(),
  recordedAt: instantSchema,
  recordedBy: z.string(),
});
export type Telling = z.infer<typeof tellingSchema>;

export const awarenessCorrectionSchema = z
  .object({
    id: incidentIdSchema,
    awareAt: instantSchema,
    reason: text(5_000, 'the reason').min(10, 'Explain why the time has changed (at least a sentence)'),
  })
  .strict();
