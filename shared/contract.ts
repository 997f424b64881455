import { z } from 'zod';
import { incidentDraftSchema, incidentIdSchema, incidentSchema } from './incident';
import { passphraseSchema, sessionStatusSchema } from './session';

/**
 * Every operation the UI may ask of the main process, declared once. The main process parses
 * each input with `input` before any service runs; the preload exposes exactly these names.
 */

const none = z.object({}).strict();

export const savedFileSchema = z.discriminatedUnion('status', [
  /** Written by the desktop app to the place the person chose. */
  z.object({ status: z.literal('saved'), fileName: z.string(), path: z.string() }),
  /** Browser preview: the page offers the bytes as a download. */
  z.object({ status: z.literal('download'), fileName: z.string(), base64: z.string() }),
  z.object({ status: z.literal('cancelled'), fileName: z.string() }),
]);

export type SavedFile = z.infer<typeof savedFileSchema>;

export const contract = {
  /** Whether the register is open or needs a passphrase first. */
  'session:status': { input: none, output: sessionStatusSchema },
  /** Opens the register with a passphrase (creating it on first run when no OS key store exists). */
  'session:unlock': { input: z.object({ passphrase: passphraseSchema }).strict(), output: sessionStatusSchema },
  /** Records a new breach and gives it a reference such as BR-2026-0007. */
  'incident:create': { input: incidentDraftSchema, output: incidentSchema },
  /** Every incident in the register, most recently aware first. */
  'incident:list': { input: none, output: z.array(incidentSchema) },
  /** One incident by id. */
  'incident:get': { input: z.object({ id: incidentIdSchema }).strict(), output: incidentSchema },
  /** Makes the one-page PDF summary of an incident and saves it where the person chooses. */
  'report:summary-pdf': { input: z.object({ id: incidentIdSchema }).strict(), output: savedFileSchema },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type OperationName = keyof Contract;
export type OperationInput<K extends OperationName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends OperationName> = z.output<Contract[K]['input']>;
export type OperationOutput<K extends OperationName> = z.output<Contract[K]['output']>;
