import { z } from 'zod';
import {
  attachmentChunkSchema,
  attachmentSchema,
  attachmentSpaceSchema,
  readChunkSchema,
  removeAttachmentSchema,
  uploadChunkSchema,
  uploadIdSchema,
  uploadStartSchema,
  uploadStartedSchema,
} from '../attachment';
import { incidentIdSchema } from '../incident';
import { noInput } from './common';
import type { OperationMap } from './define';

const byUpload = z.object({ uploadId: uploadIdSchema }).strict();

export const attachmentOperations = {
  /** The files kept with one breach, oldest first. */
  'attachment:list': { input: z.object({ incidentId: incidentIdSchema }).strict(), output: z.array(attachmentSchema) },
  /** How much space the register's files take, and the limits. */
  'attachment:space': { input: noInput, output: attachmentSpaceSchema },
  /** Starts adding a file: checks its size against the limits and cleans its name for display; nothing is kept until finished. */
  'attachment:upload-start': { input: uploadStartSchema, output: uploadStartedSchema },
  /** One piece of the file, in order, as base64 (at most 256 KiB of bytes). */
  'attachment:upload-chunk': { input: uploadChunkSchema, output: z.object({ received: z.number().int().min(0) }) },
  /** Checks the file is complete and matches its name, and keeps it, with its size and SHA-256 on the trail. */
  'attachment:upload-finish': { input: byUpload, output: attachmentSchema },
  /** Stops adding a file; every piece received is deleted. */
  'attachment:upload-cancel': { input: byUpload, output: z.object({}) },
  /** One piece of a kept file, for showing it or saving a copy. */
  'attachment:read-chunk': { input: readChunkSchema, output: attachmentChunkSchema },
  /** Removes a file for good, with the reason on the trail. */
  'attachment:remove': { input: removeAttachmentSchema, output: z.object({}) },
} as const satisfies OperationMap;
