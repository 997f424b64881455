import type { MediaType } from '../../../shared/attachment';
import { MEDIA_TYPE_LABELS } from '../../../shared/labels';
import { extensionOf } from './file-name';

/** What an extension promises, for the types the app shows. */
const EXTENSION_TYPES: Record<string, MediaType> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  jfif: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
  pdf: 'application/pdf',
};

/** How many leading bytes `detectMediaType` needs. */
export const SNIFF_BYTES = 4096;

/** The type a file's first bytes show it to be, whatever its name says; octet-stream when none of those the app shows. */
export function detectMediaType(head: Buffer): MediaType {
  const starts = (...bytes: number[]) => bytes.every((byte, index) => head[index] === byte);
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (head.subarray(0, 6).toString('latin1') === 'GIF87a' || head.subarray(0, 6).toString('latin1') === 'GIF89a') return 'image/gif';
  if (head.subarray(0, 4).toString('latin1') === 'RIFF' && head.subarray(8, 12).toString('latin1') === 'WEBP') return 'image/webp';
  // PDF readers accept the header anywhere in the first kilobyte.
  if (head.subarray(0, 1024).toString('latin1').includes('%PDF-')) return 'application/pdf';
  const text = head.toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(text)) return 'image/svg+xml';
  return 'application/octet-stream';
}

/**
 * Why a file cannot be kept as named, or null: its extension promises a type the app shows and
 * the content is something else (a renamed file, or a damaged one), or it is one of those types
 * under another type's extension.
 */
export function contentMismatch(name: string, detected: MediaType): string | null {
  const promised = EXTENSION_TYPES[extensionOf(name)];
  if (promised === undefined || promised === detected) return null;
  const is = detected === 'application/octet-stream' ? 'not one' : `a ${MEDIA_TYPE_LABELS[detected]}`;
  return `“${name}” is named as a ${MEDIA_TYPE_LABELS[promised]}, but its content is ${is}. Nothing was kept: check it is the right file, and rename it to match what it is.`;
}
