import type { Attachment, AttachmentKind } from '../../../shared/attachment';
import type { Result } from '../../../shared/result';
import { fail } from '../../../shared/result';
import type { ApiClient } from '../api/api-client';
import { bytesToBase64 } from './base64';

/**
 * Sends a file through the contract a piece at a time (start, chunks, finish), so neither the
 * page nor the register ever holds it whole. A file that cannot be read to the end is cancelled,
 * so nothing of it is kept.
 */
export async function uploadFile(
  api: ApiClient,
  incidentId: number,
  file: Blob,
  name: string,
  kind: AttachmentKind,
  description: string,
  onProgress: (sent: number) => void,
): Promise<Result<Attachment> & { nameNote?: string | null }> {
  const started = await api.call('attachment:upload-start', { incidentId, name, size: file.size, kind, description });
  if (!started.ok) return started;
  const { uploadId, chunkBytes, nameNote } = started.value;
  let sent = 0;
  for (let index = 0; sent < file.size; index += 1) {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.slice(sent, sent + chunkBytes).arrayBuffer());
    } catch {
      await api.call('attachment:upload-cancel', { uploadId });
      return fail(
        'invalid_input',
        `“${started.value.name}” could not be read to the end: it may have been moved, changed or deleted while it was being added. Nothing was kept.`,
      );
    }
    if (bytes.length === 0) break;
    const result = await api.call('attachment:upload-chunk', { uploadId, index, data: bytesToBase64(bytes) });
    if (!result.ok) return result;
    sent += bytes.length;
    onProgress(sent);
  }
  const finished = await api.call('attachment:upload-finish', { uploadId });
  return { ...finished, nameNote };
}
