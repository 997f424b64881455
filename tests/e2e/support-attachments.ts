import PDFDocument from 'pdfkit';
import type { Page } from '@playwright/test';
import { expect, fillDateTime } from './fixtures';

/** A real one-page PDF saying `text`, made with the same library the app's documents use. */
export async function makePdf(text: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', info: { Title: 'Evidence' } });
  const pieces: Buffer[] = [];
  doc.on('data', (piece: Buffer) => pieces.push(piece));
  const done = new Promise<void>((resolve) => doc.on('end', resolve));
  doc.fontSize(24).text(text, 72, 72);
  doc.end();
  await done;
  return Buffer.concat(pieces);
}

/**
 * A PDF whose opening runs JavaScript (an OpenAction and a page action) and that links to a web
 * page: in a reader with scripting it would try to change the page and leave the machine.
 */
export function craftedPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R /Names << /JavaScript << /Names [(x) 4 0 R] >> >> >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 5 0 R /Resources << >> /AA << /O 4 0 R >> /Annots [6 0 R] >>',
    "<< /S /JavaScript /JS (app.alert('pdf script ran'); this.submitForm('http://127.0.0.1:9/pdf-leak');) >>",
    '<< /Length 44 >>\nstream\n0 0 1 rg 20 20 260 160 re f 1 1 1 rg 40 40 40 40 re f\nendstream',
    '<< /Type /Annot /Subtype /Link /Rect [0 0 300 200] /A << /S /URI /URI (http://127.0.0.1:9/pdf-link) >> >>',
  ];
  let body = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** An SVG that would run scripts, handle events and load from the network if it were a page. */
export const CRAFTED_SVG = `<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="200" height="100" onload="parent.document.title='svg onload ran'">
  <script>parent.document.title = 'svg script ran'; fetch('http://127.0.0.1:9/svg-leak');</script>
  <rect width="200" height="100" fill="#1d70b8"/>
  <image href="http://127.0.0.1:9/svg-image.png" width="10" height="10"/>
  <foreignObject width="200" height="100"><iframe xmlns="http://www.w3.org/1999/xhtml" src="http://127.0.0.1:9/svg-frame"></iframe></foreignObject>
</svg>`;

export async function recordBreach(page: Page, title: string): Promise<void> {
  await page.getByRole('link', { name: 'Record a breach' }).click();
  await page.getByLabel('Title').fill(title);
  await fillDateTime(page, 'When the organisation became aware', '20/11/2026', '11:00');
  await page.getByLabel('What happened').fill('An email with payslips went to the wrong Jane.');
  await page.getByRole('button', { name: 'Save to the register' }).click();
  await expect(page.getByRole('heading', { name: new RegExp(title) })).toBeVisible();
}

/** Adds files through the page's file chooser, as a person clicking "Choose files" would. */
export async function chooseFiles(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[] | string, kind?: string): Promise<void> {
  const section = page.getByRole('region', { name: 'Evidence kept with this breach' });
  if (kind) await section.getByLabel('What it is').selectOption({ label: kind });
  const chooser = page.waitForEvent('filechooser');
  await section.getByLabel(/^Choose files/).click();
  await (await chooser).setFiles(files);
}
