import { z } from 'zod';
import { auditEntrySchema, unlockCheckSchema } from '../audit';
import { draftKeySchema, draftValuesSchema } from '../draft';
import { incidentCreateSchema, incidentIdSchema, incidentSchema, incidentUpdateSchema } from '../incident';
import { anchoredVerifyResultSchema, verifyInputSchema } from '../register-fingerprint';
import { registerPageSchema, registerQuerySchema } from '../register-query';
import { settingsSchema } from '../settings';
import { noInput, savedFileSchema } from './common';
import type { OperationMap } from './define';

const byId = z.object({ id: incidentIdSchema }).strict();

export const incidentOperations = {
  /** Records a new breach (a title is enough to start) and gives it a reference such as BR-2026-0007. */
  'incident:create': { input: incidentCreateSchema, output: incidentSchema },
  /** Changes some fields of a breach; each changed field lands on the audit trail. */
  'incident:update': { input: incidentUpdateSchema, output: incidentSchema },
  /** One incident by id. */
  'incident:get': { input: byId, output: incidentSchema },
  /** A filtered, sorted page of the register, with the total that matched. */
  'incident:list': { input: registerQuerySchema, output: registerPageSchema },
  /** Everything that happened to one record, oldest first. */
  'incident:timeline': { input: byId, output: z.array(auditEntrySchema) },
  /** Removes a closed breach past the retention period; the reference must be typed to confirm. */
  'incident:remove-expired': {
    input: z.object({ id: incidentIdSchema, confirmReference: z.string().max(40) }).strict(),
    output: z.object({ reference: z.string() }),
  },
  /**
   * Re-walks the audit trail's hash chain and names the first entry that no longer matches; compares
   * the trail with the fingerprint kept outside the file and, if given, one typed from a printout.
   */
  'register:verify': { input: verifyInputSchema, output: anchoredVerifyResultSchema },
  /** The outcome of the full verify run in the background when the register was unlocked. */
  'register:unlock-check': { input: noInput, output: unlockCheckSchema },
  /** The years that have incidents, for the register's year filter. */
  'register:years': { input: noInput, output: z.array(z.number().int()) },
  'settings:get': { input: noInput, output: settingsSchema },
  /** Saves the register's settings; a regime left out keeps the one chosen before. */
  'settings:update': { input: settingsSchema.partial({ regime: true }).strict(), output: settingsSchema },
  /** Keeps a half-filled form. */
  'draft:save': { input: z.object({ key: draftKeySchema, values: draftValuesSchema }).strict(), output: z.object({ savedAt: z.string() }) },
  /** A kept half-filled form, or null. */
  'draft:get': { input: z.object({ key: draftKeySchema }).strict(), output: draftValuesSchema.nullable() },
  'draft:clear': { input: z.object({ key: draftKeySchema }).strict(), output: z.object({}) },
  /** Makes the one-page PDF summary of an incident and saves it where the person chooses. */
  'report:summary-pdf': { input: byId, output: savedFileSchema },
} as const satisfies OperationMap;
