import type { SavedFile } from '../../../shared/contract/index';
import { downloadBase64 } from '../download';

const MIME_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  txt: 'text/plain;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
};

/** Finishes a save the main process started: a download in the browser preview. Returns what to tell the person. */
export function finishSave(saved: SavedFile): string {
  if (saved.status === 'download') {
    const extension = saved.fileName.split('.').pop() ?? '';
    downloadBase64(saved.fileName, saved.base64, MIME_TYPES[extension] ?? 'application/octet-stream');
    return `Downloaded “${saved.fileName}”.`;
  }
  if (saved.status === 'saved') return `Saved to ${saved.path}.`;
  return 'Not saved.';
}
