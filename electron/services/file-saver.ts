import type { SavedFile } from '../../shared/contract/index';

/**
 * Puts a finished document where the person wants it: a save dialog in the desktop app,
 * a download in the browser preview. Services never touch dialogs themselves.
 */
export type FileSaver = (fileName: string, bytes: Buffer) => Promise<SavedFile>;

export const downloadSaver: FileSaver = async (fileName, bytes) => ({
  status: 'download',
  fileName,
  base64: bytes.toString('base64'),
});
