import { z } from 'zod';
import type { Chart } from '../dashboard/charts';
import { chartSchema } from '../dashboard/charts';

/**
 * The one shape every document takes before it is drawn: a list of plain blocks (headings,
 * paragraphs, label–value rows, lists, tables, page breaks) with a running header and footer.
 * The content models in this folder decide every word; the PDF renderer (main process) and
 * the in-app preview (renderer) only draw these blocks, so they cannot disagree.
 */

export const DOCUMENT_KINDS = ['ico-report', 'letter', 'audit-pack', 'controller-notice'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const fieldRowSchema = z.object({
  label: z.string(),
  value: z.string(),
  /** True when the value is the "Not yet known — to follow" placeholder, so screens can flag it. */
  unknown: z.boolean(),
});
export type FieldRow = z.infer<typeof fieldRowSchema>;

export const tableColumnSchema = z.object({
  label: z.string(),
  /** Share of the text width, from 0 to 1; a table's shares add up to 1. */
  width: z.number().positive().max(1),
});
export type TableColumn = z.infer<typeof tableColumnSchema>;

export const documentBlockSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('title'), text: z.string(), subtitle: z.string() }),
  z.object({ kind: z.literal('heading'), level: z.union([z.literal(2), z.literal(3)]), text: z.string() }),
  z.object({
    kind: z.literal('paragraph'),
    text: z.string(),
    /** note: a boxed aside (e.g. what not to put in the report); small: fine print; strong: bold. */
    style: z.enum(['normal', 'note', 'small', 'strong']),
    align: z.enum(['left', 'right']),
  }),
  z.object({ kind: z.literal('fields'), rows: z.array(fieldRowSchema) }),
  z.object({ kind: z.literal('list'), items: z.array(z.string()) }),
  z.object({
    kind: z.literal('table'),
    caption: z.string(),
    columns: z.array(tableColumnSchema).min(1),
    rows: z.array(z.array(z.string())),
  }),
  z.object({ kind: z.literal('page-break') }),
  /** A recipient's postal address, one line each: in the PDF, placed for a DL window envelope. */
  z.object({ kind: z.literal('address'), lines: z.array(z.string()) }),
  /** A bar chart with its figures: drawn as vectors in the PDF, as SVG on screen, as lines in plain text. */
  z.object({ kind: z.literal('chart'), chart: chartSchema }),
]);
export type DocumentBlock = z.infer<typeof documentBlockSchema>;

export const documentModelSchema = z.object({
  kind: z.enum(DOCUMENT_KINDS),
  /** Document metadata: title, author (the organisation) and subject. */
  metadata: z.object({ title: z.string(), author: z.string(), subject: z.string() }),
  /** Printed at the top of every page; null for a letter. */
  header: z.object({ left: z.string(), right: z.string() }).nullable(),
  /** Printed at the bottom of every page beside "Page x of y"; null for nothing but the page number. */
  footer: z.string().nullable(),
  blocks: z.array(documentBlockSchema),
  /** Without the extension: "BR-2026-0007 ICO report draft 2026-11-23". */
  fileName: z.string(),
  /** Shown in the preview only, never printed: what to check or fill in before using the document. */
  checks: z.array(z.string()),
});
export type DocumentModel = z.infer<typeof documentModelSchema>;

/** Small constructors so the content models read as the document does. */
export const block = {
  title: (text: string, subtitle = ''): DocumentBlock => ({ kind: 'title', text, subtitle }),
  heading: (text: string, level: 2 | 3 = 2): DocumentBlock => ({ kind: 'heading', level, text }),
  paragraph: (
    text: string,
    style: 'normal' | 'note' | 'small' | 'strong' = 'normal',
    align: 'left' | 'right' = 'left',
  ): DocumentBlock => ({ kind: 'paragraph', text, style, align }),
  fields: (rows: FieldRow[]): DocumentBlock => ({ kind: 'fields', rows }),
  list: (items: string[]): DocumentBlock => ({ kind: 'list', items }),
  table: (caption: string, columns: TableColumn[], rows: string[][]): DocumentBlock => ({ kind: 'table', caption, columns, rows }),
  pageBreak: (): DocumentBlock => ({ kind: 'page-break' }),
  address: (lines: string[]): DocumentBlock => ({ kind: 'address', lines }),
  chart: (chart: Chart): DocumentBlock => ({ kind: 'chart', chart }),
};
