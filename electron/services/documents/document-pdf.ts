import PDFDocument from 'pdfkit';
import type { DocumentBlock, DocumentModel, FieldRow } from '../../../shared/documents/document-model';
import type { Chart } from '../../../shared/dashboard/charts';
import { chartHeight, drawChart } from './pdf-chart';
import type { ChartPen } from './pdf-chart';
import { pdfFontPaths } from './pdf-fonts';
import type { EmbeddedFontLike, Line } from './pdf-text';
import { PdfText, rgb, round } from './pdf-text';

/**
 * Draws a document model (shared/documents) as an A4 PDF: DejaVu Sans embedded, real text,
 * metadata from the model. Long text flows line by line onto as many pages as it needs (no
 * line is ever dropped); tables break between rows and repeat their header; the running
 * header and "Page x of y" footer go on every page at the end, once the page count is known
 * (pdfkit's bufferPages). Text goes through PdfText, which is many times faster than
 * pdfkit's text() on long documents.
 */

type Doc = PDFKit.PDFDocument;
type FontName = 'body' | 'bold';

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
      layout.runningParts(model);
      doc.end();
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

interface Style {
  font: EmbeddedFontLike;
  size: number;
  step: number;
  /** "r g b" operands. */
  colour: string;
}

class Layout {
  private readonly left: number;
  private readonly width: number;
  private readonly text: PdfText;
  private readonly fonts: Record<FontName, EmbeddedFontLike>;
  private y: number;
  /** Operators for the current page, written in one go when the page is done (far fewer buffers for pdfkit to keep). */
  private pending: string[] = [];

  constructor(private readonly doc: Doc) {
    this.left = doc.page.margins.left;
    this.width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
    this.text = new PdfText(doc as never);
    this.fonts = { bold: this.text.font('bold'), body: this.text.font('body') };
    this.y = this.top;
  }

  private get top(): number {
    return this.doc.page.margins.top;
  }

  private get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  private get bodyHeight(): number {
    return this.bottom - this.top;
  }

  private get atTop(): boolean {
    return this.y <= this.top + 0.5;
  }

  private newPage(): void {
    this.flush();
    this.doc.addPage();
    this.y = this.top;
  }

  private emit(operators: string): void {
    this.pending.push(operators);
  }

  /** Writes the current page's pending operators into its content stream. */
  flush(): void {
    if (this.pending.length === 0) return;
    // As bytes: pdfkit would otherwise convert the string to bytes one character at a time.
    this.doc.addContent(Buffer.from(`${this.pending.join('\n')}\n`, 'latin1') as never);
    this.pending = [];
  }

  private fillRect(x: number, y: number, width: number, height: number, colour: string): void {
    this.emit(`q ${rgb(colour)} rg ${round(x)} ${round(y)} ${round(width)} ${round(height)} re f Q`);
  }

  private line(y: number, colour: string, thickness: number): void {
    this.emit(`q ${rgb(colour)} RG ${round(thickness)} w ${round(this.left)} ${round(y)} m ${round(this.left + this.width)} ${round(y)} l S Q`);
  }

  /** Starts a new page unless `height` still fits on this one. */
  private ensure(height: number): void {
    if (!this.atTop && this.y + height > this.bottom) this.newPage();
  }

  private style(font: FontName, size: number, colour: string): Style {
    const handle = this.fonts[font];
    return { font: handle, size, step: this.text.lineHeight(handle, size, LINE_GAP), colour: rgb(colour) };
  }

  private wrap(style: Style, text: string, width: number): Line[] {
    return text === '' ? [] : this.text.wrap(style.font, style.size, text, width);
  }

  /** Lines from the current position on, moving to a new page whenever the next line would not fit. */
  private flow(style: Style, lines: readonly Line[], x: number, width: number, align: 'left' | 'right' = 'left'): void {
    let start = 0;
    while (start < lines.length) {
      if (this.y + style.step > this.bottom && !this.atTop) this.newPage();
      const room = Math.max(1, Math.floor((this.bottom - this.y + 0.01) / style.step));
      const batch = lines.slice(start, start + room);
      this.emit(this.text.draw(style.font, style.size, style.colour, batch, x, this.y, style.step, width, align));
      this.y += batch.length * style.step;
      start += batch.length;
    }
  }

  /** Lines at a fixed place that is known to fit on this page (table cells, a kept-together row). */
  private place(style: Style, lines: readonly Line[], x: number, top: number, width: number): number {
    if (lines.length > 0) this.emit(this.text.draw(style.font, style.size, style.colour, lines, x, top, style.step, width));
    return lines.length * style.step;
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
      case 'chart':
        return this.chart(item.chart);
      case 'address':
        return this.address(item.lines);
    }
  }

  /**
   * A recipient's address where a UK DL envelope's window (on the left, 90 x 45 mm, 20 mm in and
   * 15 mm up from the bottom) shows it once A4 is folded in three: 25 mm from the left edge and
   * 55 mm from the top, in at most 80 x 35 mm, always on the first page. What follows starts below it.
   */
  private address(lines: readonly string[]): void {
    const mm = 72 / 25.4;
    const style = this.style('body', SIZE.body, COLOUR.text);
    const top = 55 * mm;
    const wrapped = lines.flatMap((line) => this.wrap(style, line, 80 * mm)).slice(0, Math.floor((35 * mm) / style.step));
    this.place(style, wrapped, 25 * mm, top, 80 * mm);
    this.y = Math.max(this.y, top + 40 * mm);
  }

  /** A chart's title, its one-line description and the drawing, kept together on one page. */
  private chart(chart: Chart): void {
    const titleStyle = this.style('bold', SIZE.h3, COLOUR.text);
    const noteStyle = this.style('body', SIZE.small, COLOUR.muted);
    const titleLines = this.wrap(titleStyle, chart.title, this.width);
    const noteLines = this.wrap(noteStyle, chart.description, this.width);
    const drawing = chartHeight(chart);
    this.ensure(titleLines.length * titleStyle.step + noteLines.length * noteStyle.step + drawing + 24);
    if (!this.atTop) this.y += 8;
    this.flow(titleStyle, titleLines, this.left, this.width);
    this.flow(noteStyle, noteLines, this.left, this.width);
    this.y += 8;
    const pen: ChartPen = {
      rect: (x, y, width, height, colour) => this.fillRect(x, y, width, height, colour),
      line: (x1, y1, x2, y2, colour, thickness) =>
        this.emit(`q ${rgb(colour)} RG ${round(thickness)} w ${round(x1)} ${round(y1)} m ${round(x2)} ${round(y2)} l S Q`),
      text: (font, size, colour, line, x, top, width, align = 'left') => {
        const style = this.style(font, size, colour);
        this.emit(this.text.draw(style.font, size, style.colour, [line], x, top, style.step, width, align));
      },
      measure: (font, size, text, width) => this.wrap(this.style(font, size, COLOUR.text), text, width),
    };
    drawChart(pen, chart, this.left, this.y, this.width);
    this.y += drawing + 10;
  }

  private title(text: string, subtitle: string): void {
    const title = this.style('bold', SIZE.title, COLOUR.text);
    this.flow(title, this.wrap(title, text, this.width), this.left, this.width);
    if (subtitle) {
      this.y += 2;
      const sub = this.style('body', SIZE.subtitle, COLOUR.muted);
      this.flow(sub, this.wrap(sub, subtitle, this.width), this.left, this.width);
    }
    this.y += 6;
    this.rule(COLOUR.accent, 1.5);
    this.y += 10;
  }

  private heading(text: string, level: 2 | 3): void {
    const style = this.style('bold', level === 2 ? SIZE.h2 : SIZE.h3, level === 2 ? COLOUR.accent : COLOUR.text);
    const lines = this.wrap(style, text, this.width);
    // Keep a heading with at least three lines of what follows it.
    this.ensure(lines.length * style.step + 48);
    if (!this.atTop) this.y += level === 2 ? 12 : 6;
    this.flow(style, lines, this.left, this.width);
    this.y += level === 2 ? 5 : 3;
  }

  private paragraph(text: string, kind: 'normal' | 'note' | 'small' | 'strong', align: 'left' | 'right'): void {
    if (kind === 'note') return this.note(text);
    const style =
      kind === 'small' ? this.style('body', SIZE.small, COLOUR.muted) : this.style(kind === 'strong' ? 'bold' : 'body', SIZE.body, COLOUR.text);
    const lines = this.wrap(style, text, this.width);
    this.ensure(Math.min(lines.length, 2) * style.step);
    this.flow(style, lines, this.left, this.width, align);
    this.y += 7;
  }

  /** A shaded aside with a coloured edge; short by design, so it is kept on one page. */
  private note(text: string): void {
    const pad = 8;
    const inner = this.width - 2 * pad - 3;
    const style = this.style('body', SIZE.body - 0.5, COLOUR.text);
    const lines = this.wrap(style, text, inner);
    const height = lines.length * style.step + 2 * pad;
    if (height > this.bodyHeight) return this.paragraph(text, 'normal', 'left');
    this.ensure(height);
    const top = this.y;
    this.fillRect(this.left, top, this.width, height, COLOUR.shade);
    this.fillRect(this.left, top, 3, height, COLOUR.accent);
    this.place(style, lines, this.left + pad + 3, top + pad, inner);
    this.y = top + height + 10;
  }

  private fields(rows: FieldRow[]): void {
    const labelWidth = Math.round(this.width * LABEL_SHARE);
    const gap = 10;
    const valueX = this.left + labelWidth + gap;
    const valueWidth = this.width - labelWidth - gap;
    for (const field of rows) {
      const labelStyle = this.style('bold', SIZE.label, COLOUR.text);
      const labelLines = this.wrap(labelStyle, field.label, labelWidth);
      const valueStyle = this.style('body', SIZE.body, field.unknown ? COLOUR.muted : COLOUR.text);
      const valueLines = this.wrap(valueStyle, field.value, valueWidth);
      const labelHeight = labelLines.length * labelStyle.step;
      const rowHeight = Math.max(labelHeight, valueLines.length * valueStyle.step) + 8;
      // A short row is kept whole; a long value starts beside its label and flows on.
      this.ensure(rowHeight <= this.bodyHeight / 3 ? rowHeight : Math.max(labelHeight, 3 * valueStyle.step) + 8);
      const top = this.y + 4;
      this.place(labelStyle, labelLines, this.left, top, labelWidth);
      this.y = top;
      const page = this.pageNumber();
      this.flow(valueStyle, valueLines, valueX, valueWidth);
      this.y = (this.pageNumber() === page ? Math.max(top + labelHeight, this.y) : this.y) + 4;
      this.rule(COLOUR.faint, 0.5);
    }
    this.y += 8;
  }

  private list(items: string[]): void {
    const indent = 14;
    for (const item of items) {
      const style = this.style('body', SIZE.body, COLOUR.text);
      const lines = this.wrap(style, item, this.width - indent);
      this.ensure(Math.min(lines.length, 2) * style.step);
      this.place(style, this.wrap(style, '•', indent), this.left + 3, this.y, indent);
      this.flow(style, lines, this.left + indent, this.width - indent);
      this.y += 3;
    }
    this.y += 5;
  }

  private table(caption: string, shares: number[], headers: string[], rows: string[][]): void {
    const widths = shares.map((share) => share * this.width);
    const xs = widths.map((_, i) => this.left + widths.slice(0, i).reduce((sum, w) => sum + w, 0));
    const cellLines = (style: Style, cells: string[]) => cells.map((cell, i) => this.wrap(style, cell, (widths[i] ?? 0) - 2 * CELL_PAD));
    const rowHeight = (style: Style, lines: Line[][]) => Math.max(1, ...lines.map((l) => l.length)) * style.step + 2 * CELL_PAD;
    const headStyle = this.style('bold', SIZE.table, COLOUR.text);
    const headLines = cellLines(headStyle, headers);
    const headerHeight = rowHeight(headStyle, headLines);
    const drawHeader = () => {
      const top = this.y;
      this.fillRect(this.left, top, this.width, headerHeight, COLOUR.shade);
      headLines.forEach((lines, i) => this.place(headStyle, lines, (xs[i] ?? 0) + CELL_PAD, top + CELL_PAD, (widths[i] ?? 0) - 2 * CELL_PAD));
      this.y = top + headerHeight;
      this.rule(COLOUR.rule, 0.75);
    };

    const captionStyle = this.style('bold', SIZE.label, COLOUR.text);
    const captionLines = this.wrap(captionStyle, caption, this.width);
    const bodyStyle = this.style('body', SIZE.table, COLOUR.text);
    const firstRow = rows[0] ? rowHeight(bodyStyle, cellLines(bodyStyle, rows[0])) : 0;
    this.ensure(captionLines.length * captionStyle.step + 4 + headerHeight + Math.min(firstRow, this.bodyHeight / 3));
    this.flow(captionStyle, captionLines, this.left, this.width);
    this.y += 4;
    drawHeader();
    for (const cells of rows) {
      const style = bodyStyle;
      const lines = cellLines(style, cells);
      const height = rowHeight(style, lines);
      if (height > this.bodyHeight - headerHeight) {
        // A row taller than a page can't be kept whole: give it as label–value rows instead.
        this.fields(cells.map((value, i) => ({ label: headers[i] ?? '', value, unknown: false })));
        continue;
      }
      if (this.y + height > this.bottom) {
        this.newPage();
        drawHeader();
      }
      const top = this.y;
      lines.forEach((cell, i) => this.place(style, cell, (xs[i] ?? 0) + CELL_PAD, top + CELL_PAD, (widths[i] ?? 0) - 2 * CELL_PAD));
      this.y = top + height;
      this.rule(COLOUR.faint, 0.5);
    }
    this.y += 10;
  }

  private rule(colour: string, thickness: number): void {
    this.line(this.y, colour, thickness);
  }

  private pageNumber(): number {
    const range = this.doc.bufferedPageRange();
    return range.start + range.count - 1;
  }

  /** The header and "Page x of y" footer on every page, drawn once the page count is known. */
  runningParts(model: DocumentModel): void {
    this.flush();
    const { start, count } = this.doc.bufferedPageRange();
    const muted = this.style('body', SIZE.running, COLOUR.muted);
    const strong = this.style('bold', SIZE.running, COLOUR.text);
    const inner = this.width;
    const draw = (style: Style, text: string, x: number, top: number, width: number, align: 'left' | 'right' = 'left') =>
      this.emit(this.text.draw(style.font, style.size, style.colour, [this.fit(style, text, width)], x, top, style.step, width, align));
    for (let i = start; i < start + count; i += 1) {
      this.doc.switchToPage(i);
      if (model.header) {
        const y = 34;
        draw(muted, model.header.left, this.left, y, inner * 0.48);
        draw(strong, model.header.right, this.left + inner * 0.5, y, inner * 0.5, 'right');
        this.line(y + 16, COLOUR.rule, 0.5);
      }
      const y = this.doc.page.height - this.doc.page.margins.bottom + 26;
      this.line(y - 8, COLOUR.rule, 0.5);
      // A second footer line (the register's fingerprint) goes below the first.
      (model.footer?.split('\n') ?? []).forEach((line, n) => draw(muted, line, this.left, y + n * 10, inner * 0.78));
      draw(muted, `Page ${i - start + 1} of ${count}`, this.left + inner * 0.78, y, inner * 0.22, 'right');
      this.flush();
    }
  }

  /** One line of running text, shortened with "…" when it would not fit (headers only; the body never is). */
  private fit(style: Style, text: string, width: number): Line {
    const whole = this.text.wrap(style.font, style.size, text, width);
    if (whole.length <= 1) return whole[0] ?? { tj: '', width: 0 };
    let shorter = text;
    while (shorter.length > 1) {
      shorter = shorter.slice(0, -1);
      const lines = this.text.wrap(style.font, style.size, `${shorter.trimEnd()}…`, width);
      if (lines.length === 1 && lines[0]) return lines[0];
    }
    return whole[0] ?? { tj: '', width: 0 };
  }
}
