import PDFDocument from 'pdfkit';
import { pdfFontPaths } from './pdf-fonts';

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
}

/** Collects a pdfkit document into one Buffer; `draw` lays out the pages. */
export function renderPdf(
  resourcesDir: string,
  metadata: PdfMetadata,
  draw: (doc: PDFKit.PDFDocument) => void,
): Promise<Buffer> {
  const fonts = pdfFontPaths(resourcesDir);
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: metadata.title, Author: metadata.author, Subject: metadata.subject, Creator: 'Breachlog' },
    displayTitle: true,
    lang: 'en-GB',
  });
  doc.registerFont('body', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  doc.font('body');
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    try {
      draw(doc);
      doc.end();
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
