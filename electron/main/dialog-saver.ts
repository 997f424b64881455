import type { BrowserWindow } from 'electron';
import { dialog } from 'electron';
import { writeFile } from 'node:fs/promises';
import type { FileSaver } from '../services/file-saver';

/** What the save dialog offers, by the document's own extension. */
const FILTERS: Record<string, { name: string; extensions: string[] }> = {
  pdf: { name: 'PDF document', extensions: ['pdf'] },
  txt: { name: 'Plain text', extensions: ['txt'] },
  csv: { name: 'Spreadsheet (CSV)', extensions: ['csv'] },
};

export function dialogSaver(getWindow: () => BrowserWindow | null): FileSaver {
  return async (fileName, bytes) => {
    const window = getWindow();
    const extension = fileName.split('.').pop()?.toLowerCase() ?? '';
    const filter = FILTERS[extension];
    const options = { defaultPath: fileName, filters: filter ? [filter] : [] };
    const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { status: 'cancelled', fileName };
    await writeFile(choice.filePath, bytes);
    return { status: 'saved', fileName, path: choice.filePath };
  };
}
