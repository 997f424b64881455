import type { AttachmentKind, MediaType } from '../attachment';

/** Plain words for each kind of evidence, shared by the screens and the documents. */
export const ATTACHMENT_KIND_LABELS: Record<AttachmentKind, string> = {
  misdirected_message: 'The misdirected message',
  deletion_confirmation: 'A confirmation of deletion',
  police_reference: 'A police or crime reference',
  processor_report: 'A report from a processor or IT provider',
  screenshot: 'A screenshot',
  other: 'Other evidence',
};

export const MEDIA_TYPE_LABELS: Record<MediaType, string> = {
  'image/png': 'PNG image',
  'image/jpeg': 'JPEG image',
  'image/gif': 'GIF image',
  'image/webp': 'WebP image',
  'image/svg+xml': 'SVG drawing',
  'application/pdf': 'PDF',
  'application/octet-stream': 'Other file',
};
