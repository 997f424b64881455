import type { Attachment } from '../attachment';
import { formatBytes } from '../attachment';
import { ATTACHMENT_KIND_LABELS } from '../labels';
import { formatUkDateTime } from '../uk-time';
import type { DocumentBlock } from './document-model';
import { block } from './document-model';

/** A SHA-256 in four groups of 16, so a table cell can wrap it. */
function groupedSha256(sha256: string): string {
  return sha256.replace(/(.{16})(?!$)/g, '$1 ');
}

/** The audit pack's list of a breach's files: what each is, when it was added, its size and fingerprint, never its contents. */
export function attachmentsTable(attachments: readonly Attachment[] | undefined, timeZone: string): DocumentBlock[] {
  if (attachments === undefined) return [];
  if (attachments.length === 0) return [block.heading('Evidence kept with the record', 3), block.paragraph('No files are kept with this record.')];
  return [
    block.heading('Evidence kept with the record', 3),
    block.table(
      'Files kept inside the encrypted register. Each SHA-256 is the one recorded on the audit trail when the file was added; Verify checks every file against it.',
      [
        { label: 'Kind', width: 0.2 },
        { label: 'File', width: 0.22 },
        { label: 'Added', width: 0.17 },
        { label: 'Size', width: 0.1 },
        { label: 'SHA-256', width: 0.31 },
      ],
      attachments.map((a) => [ATTACHMENT_KIND_LABELS[a.kind], a.name, formatUkDateTime(a.addedAt, timeZone), formatBytes(a.size), groupedSha256(a.sha256)]),
    ),
  ];
}

/** The ICO draft's list of the evidence held, so the ICO knows what can be sent on request. */
export function evidenceHeldAnnex(attachments: readonly Attachment[] | undefined, timeZone: string): DocumentBlock[] {
  if (attachments === undefined) return [];
  const blocks: DocumentBlock[] = [block.heading('Annex C. Evidence held')];
  if (attachments.length === 0) return [...blocks, block.paragraph('No evidence files are kept with this record yet.')];
  return [
    ...blocks,
    block.paragraph('Kept by the organisation and available to the ICO on request (not sent with this report):'),
    block.list(
      attachments.map((a) => `${ATTACHMENT_KIND_LABELS[a.kind]}: ${a.description || a.name} (${a.name}, added ${formatUkDateTime(a.addedAt, timeZone)})`),
    ),
  ];
}
