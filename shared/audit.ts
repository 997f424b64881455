import { z } from 'zod';
import { instantSchema } from './instant';

/** One line of the append-only audit trail, as the timeline shows it. */
export const AUDIT_ACTIONS = ['created', 'changed', 'removed_after_retention', 'settings_changed', 'assessed', 'decided', 'reported', 'restored'] as const;

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

export const verifyResultSchema = z.object({
  intact: z.boolean(),
  entriesChecked: z.number().int().min(0),
  /** The newest entry's hash: a fingerprint of the whole trail, for backups and auditors. */
  headHash: z.string().nullable(),
  firstBadEntry: z.object({ id: z.number().int(), at: z.string().nullable(), problem: z.string() }).nullable(),
  /** Records whose current contents differ from what their audit trail says they should be. */
  recordsNotMatchingTrail: z.array(z.object({ reference: z.string(), field: z.string() })),
});
export type VerifyResult = z.infer<typeof verifyResultSchema>;
