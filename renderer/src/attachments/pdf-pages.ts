import { getDocument } from 'pdfjs-dist';
// pdf.js's parser runs on this page, not in a worker: no worker script to allow in the CSP.
import * as pdfWorker from 'pdfjs-dist/build/pdf.worker.min.mjs';

(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfWorker;

const MAX_PAGES = 50;

/**
 * Draws a PDF's pages onto canvases with pdf.js's core API only: no viewer, so no scripting
 * sandbox, no forms (XFA off), no links or annotations layer, nothing fetched (no font, colour or
 * WebAssembly files; fonts are drawn as paths), so whatever a crafted PDF holds never runs.
 */
export async function drawPdf(bytes: Uint8Array<ArrayBuffer>, into: HTMLElement, width: number, signal: { cancelled: boolean }): Promise<{ pages: number; shown: number }> {
  const task = getDocument({
    data: bytes,
    enableXfa: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWasm: false,
    useWorkerFetch: false,
    isEvalSupported: false,
    disableWorkerRendering: true,
    stopAtErrors: false,
  } as Parameters<typeof getDocument>[0]);
  const pdf = await task.promise;
  try {
    const shown = Math.min(pdf.numPages, MAX_PAGES);
    for (let number = 1; number <= shown && !signal.cancelled; number += 1) {
      const page = await pdf.getPage(number);
      const unscaled = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: Math.min(2, width / unscaled.width) * (window.devicePixelRatio || 1) });
      const canvas = document.createElement('canvas');
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      canvas.style.width = `${Math.floor(viewport.width / (window.devicePixelRatio || 1))}px`;
      canvas.setAttribute('role', 'img');
      canvas.setAttribute('aria-label', `Page ${number} of ${pdf.numPages}`);
      canvas.className = 'attachment-pdf-page';
      into.append(canvas);
      await page.render({ canvas, viewport, annotationMode: 0 }).promise;
    }
    return { pages: pdf.numPages, shown };
  } finally {
    await task.destroy();
  }
}
