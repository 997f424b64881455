import { z } from 'zod';

export const noInput = z.object({}).strict();

export const savedFileSchema = z.discriminatedUnion('status', [
  /** Written by the desktop app to the place the person chose. */
  z.object({ status: z.literal('saved'), fileName: z.string(), path: z.string() }),
  /** Browser preview: the page offers the bytes as a download. */
  z.object({ status: z.literal('download'), fileName: z.string(), base64: z.string() }),
  z.object({ status: z.literal('cancelled'), fileName: z.string() }),
]);

export type SavedFile = z.infer<typeof savedFileSchema>;
