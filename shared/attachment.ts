import { z } from 'zod';
import { incidentIdSchema } from './incident';

/** What a kept file is evidence of. */
export const ATTACHMENT_KINDS = ['misdirected_message', 'deletion_confirmation', 'police_reference', 'processor_report', 'screenshot', 'other'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

/** The types shown inside the app; anything else can only be saved out as a copy. */
export const VIEWABLE_MEDIA_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/svg+xml', 'application/pdf'] as const;
export const MEDIA_TYPES = [...VIEWABLE_MEDIA_TYPES, 'application/octet-stream'] as const;
export type MediaType = (typeof MEDIA_TYPES)[number];

const MIB = 1024 * 1024;

/** Stated in the UI and the README; a file over them is refused before any byte is stored. */
export const ATTACHMENT_LIMITS = {
  /** Largest single file. */
  perFileBytes: 25 * MIB,
  /** All files of the register together. */
  totalBytes: 500 * MIB,
  /** Bytes per piece: what one request carries, and one row of the register holds. */
  chunkBytes: 256 * 1024,
  nameChars: 255,
  descriptionChars: 500,
  reasonChars: 500,
} as const;

/** The longest base64 text one chunk can take. */
const CHUNK_BASE64_CHARS = Math.ceil(ATTACHMENT_LIMITS.chunkBytes / 3) * 4;

export const attachmentIdSchema = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
export const uploadIdSchema = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export const attachmentSchema = z.object({
  id: attachmentIdSchema,
  incidentId: incidentIdSchema,
  kind: z.enum(ATTACHMENT_KINDS),
  description: z.string(),
  /** Display text only: never used as a path. */
  name: z.string(),
  mediaType: z.enum(MEDIA_TYPES),
  size: z.number().int().positive(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  addedAt: z.string(),
  addedBy: z.string(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const attachmentSpaceSchema = z.object({
  usedBytes: z.number().int().min(0),
  files: z.number().int().min(0),
  perFileBytes: z.number().int().positive(),
  totalBytes: z.number().int().positive(),
});
export type AttachmentSpace = z.infer<typeof attachmentSpaceSchema>;

export const uploadStartSchema = z
  .object({
    incidentId: incidentIdSchema,
    // Longer names are shortened for display, not refused; 4,096 keeps nonsense out.
    name: z.string().max(4096),
    size: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    kind: z.enum(ATTACHMENT_KINDS),
    description: z.string().trim().max(ATTACHMENT_LIMITS.descriptionChars, `Keep the description to ${ATTACHMENT_LIMITS.descriptionChars} characters`),
  })
  .strict();

export const uploadStartedSchema = z.object({
  uploadId: uploadIdSchema,
  chunkBytes: z.number().int().positive(),
  /** The name as it will be shown. */
  name: z.string(),
  /** Said when the name had to be cleaned to be shown safely. */
  nameNote: z.string().nullable(),
});

export const uploadChunkSchema = z
  .object({
    uploadId: uploadIdSchema,
    index: z.number().int().min(0).max(1_000_000),
    data: z
      .string()
      .min(1)
      .max(CHUNK_BASE64_CHARS, 'A piece of a file may be at most 256 KiB')
      .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'A piece of a file must be base64 text'),
  })
  .strict();

export const byAttachmentId = z.object({ id: attachmentIdSchema }).strict();

export const readChunkSchema = z.object({ id: attachmentIdSchema, index: z.number().int().min(0).max(1_000_000) }).strict();

export const attachmentChunkSchema = z.object({ data: z.string(), last: z.boolean() });

export const removeAttachmentSchema = z
  .object({
    id: attachmentIdSchema,
    reason: z
      .string()
      .trim()
      .min(3, 'Say why the file is being removed')
      .max(ATTACHMENT_LIMITS.reasonChars, `Keep the reason to ${ATTACHMENT_LIMITS.reasonChars} characters`),
  })
  .strict();

/** "2.4 MB", "512 KB", "18 bytes": sizes as the UI and documents state them (1 MB = 1,048,576 bytes). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes.toLocaleString('en-GB')} ${bytes === 1 ? 'byte' : 'bytes'}`;
  if (bytes < MIB) return `${Math.round(bytes / 1024).toLocaleString('en-GB')} KB`;
  const mib = bytes / MIB;
  return `${mib < 10 ? mib.toFixed(1) : Math.round(mib).toLocaleString('en-GB')} MB`;
}

/** A fingerprint as printed: the first 16 hex characters in groups of four. */
export function shortSha256(sha256: string): string {
  return sha256.slice(0, 16).replace(/(.{4})(?!$)/g, '$1 ');
}
