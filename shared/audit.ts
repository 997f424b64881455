import { z } from 'zod';
import { instantSchema } from './instant';

/** One line of the append-only audit trail, as the timeline shows it. */
export const AUDIT_ACTIONS = [
  'created',
  'changed',
  'removed_after_retention',
  'settings_changed',
  'assessed',
  'decided',
  'reported',
  'people_told',
  'awareness_corrected',
  'restored',
  'security_changed',
  'reminder_fired',
  'trail_baseline',
] as const;

export const auditEntrySchema = z.object({
  id: z.number().int().positive(),
  at: instantSchema,
  actor: z.string(),
  incidentId: z.number().int().positive().nullable(),
  reference: z.string().nullable(),
  action: z.string(),
  field: z.string().nullable(),
  /** null when the value was removed with the record after its retention period. */
  oldValue: z.unknown().nullable(),
  newValue: z.unknown().nullable(),
  redacted: z.boolean(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** What kind of thing verify found wrong. */
/** `fingerprint`: the trail disagrees with its fingerprint kept outside the file (cut short, rewritten). */
export const REGISTER_PROBLEM_KINDS = ['chain', 'erased_values', 'not_on_trail', 'changed', 'missing', 'fingerprint'] as const;

export const registerProblemSchema = z.object({
  kind: z.enum(REGISTER_PROBLEM_KINDS),
  /** The breach it concerns, when it concerns one. */
  reference: z.string().nullable(),
  /** In plain words, naming the row and column. */
  message: z.string(),
});
export type RegisterProblem = z.infer<typeof registerProblemSchema>;

export const verifyResultSchema = z.object({
  intact: z.boolean(),
  entriesChecked: z.number().int().min(0),
  /** The newest entry's hash: a fingerprint of the whole trail, for backups and auditors. */
  headHash: z.string().nullable(),
  firstBadEntry: z.object({ id: z.number().int(), at: z.string().nullable(), problem: z.string() }).nullable(),
  /** Records whose current contents differ from what their audit trail says they should be. */
  recordsNotMatchingTrail: z.array(z.object({ reference: z.string(), field: z.string() })),
  /** Every problem found, the chain's and each row's, in words; absent from results made before rows were checked. */
  problems: z.array(registerProblemSchema).optional(),
  /** How many rows of the register were compared with the trail. */
  rowsChecked: z.number().int().min(0).optional(),
});
export type VerifyResult = z.infer<typeof verifyResultSchema>;

/** The check run in the background each time the register is unlocked. */
export const unlockCheckSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('running') }),
  z.object({ state: z.literal('done'), at: instantSchema, result: verifyResultSchema }),
  z.object({ state: z.literal('failed'), at: instantSchema, message: z.string() }),
]);
export type UnlockCheck = z.infer<typeof unlockCheckSchema>;
