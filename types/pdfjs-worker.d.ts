/** pdf.js's parser, imported so it runs on the page itself (see renderer/src/attachments/pdf-pages.ts). */
declare module 'pdfjs-dist/build/pdf.worker.min.mjs' {
  export const WorkerMessageHandler: unknown;
}
