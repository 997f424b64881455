import type { Attachment } from '../../../shared/attachment';
import type { ApiClient } from '../api/api-client';
import { base64ToBytes } from './base64';

/** A kept file as a Blob in the page's memory (never on disk), read piece by piece. */
export async function readAttachment(api: ApiClient, attachment: Attachment): Promise<Blob> {
  const pieces: Uint8Array<ArrayBuffer>[] = [];
  for (let index = 0; ; index += 1) {
    const result = await api.call('attachment:read-chunk', { id: attachment.id, index });
    if (!result.ok) throw new Error(result.error.message);
    pieces.push(base64ToBytes(result.value.data));
    if (result.value.last) break;
  }
  // The type is the one Breachlog found in the content, never the name's.
  return new Blob(pieces, { type: attachment.mediaType });
}

/** Offers a copy as a download (the desktop app asks where to save it). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The name offered for a copy: safe as a file name on Windows and macOS. */
export function copyName(shown: string): string {
  let name = shown.replace(/[<>:"/\\|?*]/g, '_').replace(/[. ]+$/, '');
  if (name === '') name = 'attachment';
  if (/^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i.test(name)) name = `_${name}`;
  return name;
}
