/**
 * Fast text for long documents. pdfkit's own text() shapes and line-breaks every word of every
 * call and builds a TJ array per line; on an audit pack of 1,000 breaches (≈3,000 pages) that
 * cost tens of seconds and most of a gigabyte. Here each distinct word is encoded once through
 * pdfkit's embedded font (so the glyphs join the font subset and the ToUnicode map, and the
 * text stays real, searchable text), lines are filled greedily at spaces, and each run of lines
 * is written as one BT…ET block of literal strings. Latin, Greek and Cyrillic words are set
 * glyph by glyph (no pair kerning); other scripts are shaped word by word. Nothing is ever
 * cut: a word wider than the line is split between characters. It leans on three pdfkit 0.20
 * internals (the document's _font, EmbeddedFont.encode and page.fonts): the PDF integration
 * tests fail if an upgrade changes them.
 */

/** The parts of pdfkit's embedded font this module relies on (pdfkit 0.20, EmbeddedFont). */
export interface EmbeddedFontLike {
  id: string;
  ascender: number;
  descender: number;
  lineGap: number;
  ref(): unknown;
  encode(text: string): [string[], { xAdvance: number; advanceWidth: number }[]];
}

interface PageLike {
  height: number;
  fonts: Record<string, unknown>;
}

/** Just what is needed of the pdfkit document. */
export interface DocLike {
  page: PageLike;
  font(name: string): unknown;
}

interface Word {
  /** TJ operands for the word: literal strings of glyph ids, with kerning between, e.g. "(\0A) 12 (\0B\0C)". */
  tj: string;
  /** Width in thousandths of the font size. */
  width: number;
  /** The escaped glyph bytes when the word has no kerning inside, for joining characters into words; else null. */
  plain: string | null;
}

export interface Line {
  tj: string;
  /** Width in points. */
  width: number;
}

const SHORT_TEXT = 80;

export const round = (n: number) => String(Math.round(n * 100) / 100);

/** "#1d4f91" as the "r g b" operands of a PDF colour operator. */
export function rgb(hex: string): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return [16, 8, 0].map((shift) => round(((value >> shift) & 255) / 255)).join(' ');
}

/** Scripts drawn glyph by glyph without shaping: Latin (with its extensions), Greek, Cyrillic, common punctuation; no combining marks. */
const SIMPLE_SCRIPT = /^[\u0020-\u02FF\u0370-\u052F\u1E00-\u1EFF\u2000-\u206F\u20A0-\u20CF\u2100-\u214F]+$/;

export class PdfText {
  private readonly words = new Map<EmbeddedFontLike, Map<string, Word>>();
  private readonly short = new Map<string, Line[]>();

  constructor(private readonly doc: DocLike) {}

  /** Selects a registered font in pdfkit and answers its embedded font object. */
  font(name: string): EmbeddedFontLike {
    this.doc.font(name);
    return (this.doc as unknown as { _font: EmbeddedFontLike })._font;
  }

  /** Height of one line: ascent to descent plus the font's line gap, plus `extra`. */
  lineHeight(font: EmbeddedFontLike, size: number, extra = 0): number {
    return ((font.ascender - font.descender + font.lineGap) / 1000) * size + extra;
  }

  /** The lines `text` takes at `width`: paragraphs at line breaks, then greedily at spaces. */
  wrap(font: EmbeddedFontLike, size: number, text: string, width: number): Line[] {
    // Labels, dates and column headings recur on every page of a long document: wrap each once.
    if (text.length > SHORT_TEXT) return this.wrapText(font, size, text, width);
    const key = `${font.id}|${size}|${width}|${text}`;
    let lines = this.short.get(key);
    if (!lines) {
      lines = this.wrapText(font, size, text, width);
      this.short.set(key, lines);
    }
    return lines;
  }

  private wrapText(font: EmbeddedFontLike, size: number, text: string, width: number): Line[] {
    const limit = (width * 1000) / size;
    const space = this.word(font, ' ');
    const lines: Line[] = [];
    // The line being filled: finished TJ operands, plus glyph bytes still to be closed into one literal string.
    let tj = '';
    let bytes = '';
    let used = 0;
    let empty = true;
    const add = (word: Word) => {
      if (word.plain !== null) bytes += word.plain;
      else {
        if (bytes) tj += `(${bytes}) `;
        bytes = '';
        tj += `${word.tj} `;
      }
      used += word.width;
      empty = false;
    };
    const flush = () => {
      if (bytes) tj += `(${bytes})`;
      lines.push({ tj: tj.trimEnd(), width: (used / 1000) * size });
      tj = '';
      bytes = '';
      used = 0;
      empty = true;
    };
    for (const paragraph of text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').split('\n')) {
      for (const token of paragraph.split(' ')) {
        if (token === '') {
          // Runs of spaces keep their width, as typed.
          if (!empty && used + space.width <= limit) add(space);
          continue;
        }
        const word = this.word(font, token);
        if (used + (empty ? 0 : space.width) + word.width <= limit) {
          if (!empty) add(space);
          add(word);
          continue;
        }
        if (!empty) flush();
        if (word.width <= limit) {
          add(word);
          continue;
        }
        // Wider than a whole line (a long address or a hash): split between characters.
        for (const char of token) {
          const glyph = this.word(font, char);
          if (used + glyph.width > limit && !empty) flush();
          add(glyph);
        }
      }
      if (!empty || paragraph === '') flush();
    }
    return lines;
  }

  /**
   * The content-stream operators that write `lines` downwards from `top` (the top of the first
   * line), `step` apart, in one text block, in `colour` ("r g b", 0–1). Registers the font on
   * the current page.
   */
  draw(
    font: EmbeddedFontLike,
    size: number,
    colour: string,
    lines: readonly Line[],
    x: number,
    top: number,
    step: number,
    width: number,
    align: 'left' | 'right' = 'left',
  ): string {
    const page = this.doc.page;
    page.fonts[font.id] ??= font.ref();
    const ascent = (font.ascender / 1000) * size;
    // pdfkit's pages are drawn with y downwards; text needs PDF's own y-up space.
    const out: string[] = ['q', `${colour} rg`, `1 0 0 -1 0 ${round(page.height)} cm`, 'BT', `/${font.id} ${round(size)} Tf`];
    // The first line is placed with Tm; each later one with Td, relative to the one before.
    let previous: { left: number; baseline: number } | null = null;
    lines.forEach((line, index) => {
      if (line.tj === '') return;
      const left = align === 'right' ? x + width - line.width : x;
      const baseline = page.height - (top + index * step) - ascent;
      out.push(
        previous ? `${round(left - previous.left)} ${round(baseline - previous.baseline)} Td` : `1 0 0 1 ${round(left)} ${round(baseline)} Tm`,
        `[${line.tj}] TJ`,
      );
      previous = { left, baseline };
    });
    out.push('ET', 'Q');
    return out.join('\n');
  }

  private word(font: EmbeddedFontLike, text: string): Word {
    let cache = this.words.get(font);
    if (!cache) {
      cache = new Map();
      this.words.set(font, cache);
    }
    const known = cache.get(text);
    if (known) return known;
    const word = SIMPLE_SCRIPT.test(text) && [...text].length > 1 ? this.fromCharacters(font, text) : this.shaped(font, text);
    cache.set(text, word);
    return word;
  }

  /**
   * Latin, Greek and Cyrillic text needs no shaping: the word is its characters' glyphs side by
   * side (each character encoded once), which is what makes thousands of distinct words cheap.
   * Pair kerning is left out for these; every other script is shaped word by word.
   */
  private fromCharacters(font: EmbeddedFontLike, text: string): Word {
    let bytes = '';
    let width = 0;
    for (const char of text) {
      const glyph = this.word(font, char);
      if (glyph.plain === null) return this.shaped(font, text);
      bytes += glyph.plain;
      width += glyph.width;
    }
    return { tj: `(${bytes})`, width, plain: bytes };
  }

  private shaped(font: EmbeddedFontLike, text: string): Word {
    const [glyphs, positions] = font.encode(text);
    const parts: string[] = [];
    let bytes = '';
    let width = 0;
    let kerned = false;
    glyphs.forEach((glyph, i) => {
      const position = positions[i];
      bytes += glyphBytes(glyph);
      width += position?.xAdvance ?? 0;
      const kern = position ? position.xAdvance - position.advanceWidth : 0;
      if (kern !== 0) {
        parts.push(`(${bytes}) ${round(-kern)}`);
        bytes = '';
        kerned = true;
      }
    });
    if (bytes) parts.push(`(${bytes})`);
    return { tj: parts.join(' '), width, plain: kerned ? null : bytes };
  }
}

/**
 * A glyph id ("0041", as pdfkit encodes it for Identity-H) as the two bytes of a PDF literal
 * string, escaped where the syntax needs it: half the size of hex, so half the work to compress.
 */
function glyphBytes(hex: string): string {
  let out = '';
  for (const offset of [0, 2]) {
    const byte = Number.parseInt(hex.slice(offset, offset + 2), 16);
    out += ESCAPES[byte] ?? String.fromCharCode(byte);
  }
  return out;
}

const ESCAPES: Record<number, string> = { 0x0a: '\\n', 0x0d: '\\r', 0x28: '\\(', 0x29: '\\)', 0x5c: '\\\\' };
