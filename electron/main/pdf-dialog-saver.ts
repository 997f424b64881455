import type { BrowserWindow } from 'electron';
import { dialog } from 'electron';
import { writeFile } from 'node:fs/promises';
import type { FileSaver } from '../services/file-saver';

export function dialogSaver(getWindow: () => BrowserWindow | null): FileSaver {
  return async (fileName, bytes) => {
    const window = getWindow();
    const options = { defaultPath: fileName, filters: [{ name: 'PDF document', extensions: ['pdf'] }] };
    const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { status: 'cancelled', fileName };
    await writeFile(choice.filePath, bytes);
    return { status: 'saved', fileName, path: choice.filePath };
  };
}
