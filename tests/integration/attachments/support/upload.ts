import type { Dispatch } from '../../../../electron/services/dispatch';
import type { Attachment, AttachmentKind } from '../../../../shared/attachment';
import type { Result } from '../../../../shared/result';

/** Adds a file through the contract exactly as the page does: start, chunks in order, finish. */
export async function upload(
  dispatch: Dispatch,
  incidentId: number,
  name: string,
  bytes: Buffer,
  options: { kind?: AttachmentKind; description?: string; declaredSize?: number } = {},
): Promise<Result<Attachment> & { nameNote?: string | null }> {
  const started = await dispatch('attachment:upload-start', {
    incidentId,
    name,
    size: options.declaredSize ?? bytes.length,
    kind: options.kind ?? 'other',
    description: options.description ?? '',
  });
  if (!started.ok) return started;
  const { uploadId, chunkBytes, nameNote } = started.value as { uploadId: number; chunkBytes: number; nameNote: string | null };
  for (let index = 0; index * chunkBytes < bytes.length; index += 1) {
    const data = bytes.subarray(index * chunkBytes, (index + 1) * chunkBytes).toString('base64');
    const sent = await dispatch('attachment:upload-chunk', { uploadId, index, data });
    if (!sent.ok) return sent;
  }
  const finished = (await dispatch('attachment:upload-finish', { uploadId })) as Result<Attachment>;
  return { ...finished, nameNote };
}

/** A kept file read back through the contract, piece by piece. */
export async function readBack(dispatch: Dispatch, id: number): Promise<Buffer> {
  const pieces: Buffer[] = [];
  for (let index = 0; ; index += 1) {
    const result = await dispatch('attachment:read-chunk', { id, index });
    if (!result.ok) throw new Error(result.error.message);
    const { data, last } = result.value as { data: string; last: boolean };
    pieces.push(Buffer.from(data, 'base64'));
    if (last) return Buffer.concat(pieces);
  }
}

/** The smallest real PNG (1×1), PDF and SVG heads the content check recognises. */
export const PNG_BYTES = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
export const PDF_HEAD = Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1');
