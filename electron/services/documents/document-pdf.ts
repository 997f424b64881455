import PDFDocument from 'pdfkit';
import type { DocumentBlock, DocumentModel, FieldRow } from '../../../shared/documents/document-model';
import { pdfFontPaths } from './pdf-fonts';

/**
 * Draws a document model (shared/documents) as an A4 PDF: DejaVu Sans embedded, real text,
 * metadata from the model. Long text flows onto as many pages as it needs; tables break
 * between rows and repeat their header; the running header and "Page x of y" footer are
 * drawn on every page at the end, once the page count is known (pdfkit's bufferPages).
 */

type Doc = PDFKit.PDFDocument;

const PAGE = { margin: 56, top: 78, bottom: 66 };
const SIZE = { body: 10, small: 8.5, table: 8.5, label: 9, h2: 13, h3: 11, title: 18, subtitle: 12, running: 8 };
const COLOUR = { text: '#1b1b1b', muted: '#505a5f', accent: '#1d4f91', rule: '#b1b4b6', faint: '#e5e6e7', shade: '#f3f2f1' };
const LINE_GAP = 1.5;
const LABEL_SHARE = 0.34;
const CELL_PAD = 4;

export function documentPdf(model: DocumentModel, resourcesDir: string): Promise<Buffer> {
  const fonts = pdfFontPaths(resourcesDir);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.margin, right: PAGE.margin },
    bufferPages: true,
    info: {
      Title: model.metadata.title,
      Author: model.metadata.author,
      Subject: model.metadata.subject,
      Creator: 'Breachlog',
    },
    displayTitle: true,
    lang: 'en-GB',
  });
  doc.registerFont('body', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    try {
      const layout = new Layout(doc);
      for (const item of model.blocks) layout.block(item);
      drawRunningParts(doc, model);
      doc.end();
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

class Layout {
  private readonly left: number;
  private readonly width: number;

  constructor(private readonly doc: Doc) {
    this.left = doc.page.margins.left;
    this.width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
    doc.x = this.left;
    doc.y = doc.page.margins.top;
  }

  private get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  private get bodyHeight(): number {
    return this.bottom - this.doc.page.margins.top;
  }

  private get atTop(): boolean {
    return this.doc.y <= this.doc.page.margins.top + 0.5;
  }

  private newPage(): void {
    this.doc.addPage();
    this.doc.x = this.left;
    this.doc.y = this.doc.page.margins.top;
  }

  /** Starts a new page unless `height` still fits on this one. */
  private ensure(height: number): void {
    if (!this.atTop && this.doc.y + height > this.bottom) this.newPage();
  }

  private style(font: 'body' | 'bold', size: number, colour: string): this {
    this.doc.font(font).fontSize(size).fillColor(colour);
    return this;
  }

  private height(text: string, width: number): number {
    return text === '' ? 0 : this.doc.heightOfString(text, { width, lineGap: LINE_GAP });
  }

  /** Text at the current position that may flow onto following pages; nothing is ever cut. */
  private flow(text: string, x: number, width: number, align: 'left' | 'right' = 'left'): void {
    if (text === '') return;
    this.doc.text(text, x, this.doc.y, { width, lineGap: LINE_GAP, align });
    this.doc.x = this.left;
  }

  block(item: DocumentBlock): void {
    switch (item.kind) {
      case 'title':
        return this.title(item.text, item.subtitle);
      case 'heading':
        return this.heading(item.text, item.level);
      case 'paragraph':
        return this.paragraph(item.text, item.style, item.align);
      case 'fields':
        return this.fields(item.rows);
      case 'list':
        return this.list(item.items);
      case 'table':
        return this.table(item.caption, item.columns.map((c) => c.width), item.columns.map((c) => c.label), item.rows);
      case 'page-break':
        if (!this.atTop) this.newPage();
        return;
    }
  }

  private title(text: string, subtitle: string): void {
    this.style('bold', SIZE.title, COLOUR.text).flow(text, this.left, this.width);
    if (subtitle) {
      this.doc.y += 2;
      this.style('body', SIZE.subtitle, COLOUR.muted).flow(subtitle, this.left, this.width);
    }
    this.doc.y += 6;
    this.rule(COLOUR.accent, 1.5);
    this.doc.y += 10;
  }

  private heading(text: string, level: 2 | 3): void {
    const size = level === 2 ? SIZE.h2 : SIZE.h3;
    this.style('bold', size, level === 2 ? COLOUR.accent : COLOUR.text);
    const height = this.height(text, this.width);
    // Keep a heading with at least three lines of what follows it.
    this.ensure(height + 48);
    if (!this.atTop) this.doc.y += level === 2 ? 12 : 6;
    this.flow(text, this.left, this.width);
    this.doc.y += level === 2 ? 5 : 3;
  }

  private paragraph(text: string, style: 'normal' | 'note' | 'small' | 'strong', align: 'left' | 'right'): void {
    if (style === 'note') return this.note(text);
    if (style === 'small') this.style('body', SIZE.small, COLOUR.muted);
    else this.style(style === 'strong' ? 'bold' : 'body', SIZE.body, COLOUR.text);
    this.ensure(Math.min(this.height(text, this.width), 30));
    this.flow(text, this.left, this.width, align);
    this.doc.y += 7;
  }

  /** A shaded aside with a coloured edge; short by design, so it is kept on one page. */
  private note(text: string): void {
    const pad = 8;
    this.style('body', SIZE.body - 0.5, COLOUR.text);
    const height = this.height(text, this.width - 2 * pad - 3) + 2 * pad;
    if (height > this.bodyHeight) return this.paragraph(text, 'normal', 'left');
    this.ensure(height);
    const top = this.doc.y;
    this.doc.rect(this.left, top, this.width, height).fill(COLOUR.shade);
    this.doc.rect(this.left, top, 3, height).fill(COLOUR.accent);
    this.style('body', SIZE.body - 0.5, COLOUR.text);
    this.doc.y = top + pad;
    this.flow(text, this.left + pad + 3, this.width - 2 * pad - 3);
    this.doc.y = top + height + 10;
  }

  private fields(rows: FieldRow[]): void {
    const labelWidth = Math.round(this.width * LABEL_SHARE);
    const gap = 10;
    const valueX = this.left + labelWidth + gap;
    const valueWidth = this.width - labelWidth - gap;
    for (const field of rows) {
      this.style('bold', SIZE.label, COLOUR.text);
      const labelHeight = this.height(field.label, labelWidth);
      this.style('body', SIZE.body, field.unknown ? COLOUR.muted : COLOUR.text);
      const valueHeight = this.height(field.value, valueWidth);
      const rowHeight = Math.max(labelHeight, valueHeight) + 8;
      if (rowHeight <= this.bodyHeight / 3) this.ensure(rowHeight);
      else this.ensure(Math.max(labelHeight, 40) + 8);
      const top = this.doc.y + 4;
      this.style('bold', SIZE.label, COLOUR.text);
      this.doc.text(field.label, this.left, top, { width: labelWidth, lineGap: LINE_GAP });
      const labelBottom = this.doc.y;
      const labelPage = this.currentPage();
      this.style('body', SIZE.body, field.unknown ? COLOUR.muted : COLOUR.text);
      this.doc.y = top;
      this.flow(field.value, valueX, valueWidth);
      // A long value may have flowed onto later pages; the label stayed behind on the first.
      this.doc.y = (this.currentPage() === labelPage ? Math.max(labelBottom, this.doc.y) : this.doc.y) + 4;
      this.rule(COLOUR.faint, 0.5);
    }
    this.doc.y += 8;
  }

  private list(items: string[]): void {
    const indent = 14;
    this.style('body', SIZE.body, COLOUR.text);
    for (const item of items) {
      this.ensure(Math.min(this.height(item, this.width - indent), 28));
      const top = this.doc.y;
      this.doc.text('•', this.left + 3, top, { width: indent, lineBreak: false });
      this.doc.y = top;
      this.flow(item, this.left + indent, this.width - indent);
      this.doc.y += 3;
    }
    this.doc.y += 5;
  }

  private table(caption: string, shares: number[], headers: string[], rows: string[][]): void {
    const widths = shares.map((share) => share * this.width);
    const xs = widths.map((_, i) => this.left + widths.slice(0, i).reduce((sum, w) => sum + w, 0));
    const cellHeight = (cells: string[], font: 'body' | 'bold') => {
      this.style(font, SIZE.table, COLOUR.text);
      return Math.max(...cells.map((cell, i) => this.height(cell, (widths[i] ?? 0) - 2 * CELL_PAD))) + 2 * CELL_PAD;
    };
    const headerHeight = cellHeight(headers, 'bold');
    const drawHeader = () => {
      const top = this.doc.y;
      this.doc.rect(this.left, top, this.width, headerHeight).fill(COLOUR.shade);
      this.style('bold', SIZE.table, COLOUR.text);
      headers.forEach((text, i) => {
        this.doc.text(text, (xs[i] ?? 0) + CELL_PAD, top + CELL_PAD, { width: (widths[i] ?? 0) - 2 * CELL_PAD, lineGap: LINE_GAP });
      });
      this.doc.y = top + headerHeight;
      this.rule(COLOUR.rule, 0.75);
    };

    this.style('bold', SIZE.label, COLOUR.text);
    const captionHeight = this.height(caption, this.width) + 4;
    const firstRow = rows[0] ? cellHeight(rows[0], 'body') : 0;
    this.ensure(captionHeight + headerHeight + Math.min(firstRow, this.bodyHeight / 3));
    this.style('bold', SIZE.label, COLOUR.text).flow(caption, this.left, this.width);
    this.doc.y += 4;
    drawHeader();
    for (const cells of rows) {
      const height = cellHeight(cells, 'body');
      if (height > this.bodyHeight - headerHeight) {
        // A row taller than a page can't be kept whole: give it as label–value rows instead.
        this.fields(cells.map((value, i) => ({ label: headers[i] ?? '', value, unknown: false })));
        continue;
      }
      if (this.doc.y + height > this.bottom) {
        this.newPage();
        drawHeader();
      }
      const top = this.doc.y;
      this.style('body', SIZE.table, COLOUR.text);
      cells.forEach((text, i) => {
        if (text === '') return;
        this.doc.text(text, (xs[i] ?? 0) + CELL_PAD, top + CELL_PAD, { width: (widths[i] ?? 0) - 2 * CELL_PAD, lineGap: LINE_GAP });
      });
      this.doc.y = top + height;
      this.rule(COLOUR.faint, 0.5);
    }
    this.doc.x = this.left;
    this.doc.y += 10;
  }

  private rule(colour: string, thickness: number): void {
    const y = this.doc.y;
    this.doc.moveTo(this.left, y).lineTo(this.left + this.width, y).lineWidth(thickness).strokeColor(colour).stroke();
  }

  private currentPage(): number {
    const range = this.doc.bufferedPageRange();
    return range.start + range.count - 1;
  }
}

/** The header and "Page x of y" footer on every page, drawn once the page count is known. */
function drawRunningParts(doc: Doc, model: DocumentModel): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i += 1) {
    doc.switchToPage(i);
    const { width, height } = doc.page;
    const margins = { ...doc.page.margins };
    // Drawing in the margins must never trigger pdfkit's automatic new page.
    doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
    const left = margins.left;
    const inner = width - margins.left - margins.right;
    doc.font('body').fontSize(SIZE.running).fillColor(COLOUR.muted);
    if (model.header) {
      const y = 34;
      doc.text(model.header.left, left, y, { width: inner * 0.48, height: 11, ellipsis: true });
      doc.font('bold').fillColor(COLOUR.text);
      doc.text(model.header.right, left + inner * 0.5, y, { width: inner * 0.5, height: 11, ellipsis: true, align: 'right' });
      doc.moveTo(left, y + 16).lineTo(left + inner, y + 16).lineWidth(0.5).strokeColor(COLOUR.rule).stroke();
    }
    const y = height - margins.bottom + 26;
    doc.font('body').fontSize(SIZE.running).fillColor(COLOUR.muted);
    doc.moveTo(left, y - 8).lineTo(left + inner, y - 8).lineWidth(0.5).strokeColor(COLOUR.rule).stroke();
    if (model.footer) doc.text(model.footer, left, y, { width: inner * 0.78, height: 11, ellipsis: true });
    doc.text(`Page ${i - start + 1} of ${count}`, left + inner * 0.78, y, { width: inner * 0.22, align: 'right', lineBreak: false });
    doc.page.margins = margins;
  }
}
