import { z } from 'zod';
import { documentModelSchema } from '../documents/document-model';
import { incidentIdSchema } from '../incident';
import { localDateSchema } from '../local-date';
import { organisationSchema, organisationSettingsSchema } from '../organisation';
import { noInput, savedFileSchema } from './common';
import type { OperationMap } from './define';

/** A date range of local dates, both included. */
export const dateRangeSchema = z
  .object({ from: localDateSchema, to: localDateSchema })
  .strict()
  .refine((range) => range.from <= range.to, { path: ['to'], message: 'The end of the period must not be before its start' });

/** Which document: one incident's ICO report draft or letter, or the audit pack for a period. */
export const documentRequestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ico-report'), incidentId: incidentIdSchema }).strict(),
  z.object({ kind: z.literal('letter'), incidentId: incidentIdSchema }).strict(),
  /** A processor's notice of a breach to its controller (Art. 33(2)). */
  z.object({ kind: z.literal('controller-notice'), incidentId: incidentIdSchema }).strict(),
  z.object({ kind: z.literal('audit-pack'), range: dateRangeSchema }).strict(),
]);
export type DocumentRequest = z.infer<typeof documentRequestSchema>;

const byRequest = z.object({ request: documentRequestSchema }).strict();

export const documentOperations = {
  /** What a document says, block by block, for the in-app preview (the PDF draws the same blocks). */
  'document:preview': { input: byRequest, output: documentModelSchema },
  /** Makes the document's PDF and saves it where the person chooses. */
  'document:save-pdf': { input: byRequest, output: savedFileSchema },
  /** The document as plain text (the letter, to paste into an email), saved as a .txt file. */
  'document:save-text': { input: byRequest, output: savedFileSchema },
  /** The register for a period as CSV (UTF-8 with BOM, RFC 4180) for a spreadsheet. */
  'register:export-csv': { input: z.object({ range: dateRangeSchema }).strict(), output: savedFileSchema },
  /** The organisation's details for the documents, and whether the first-run question was answered. */
  'settings:organisation-get': { input: noInput, output: organisationSettingsSchema },
  /** Saves the organisation's details; the first-run question is then answered. */
  'settings:organisation-update': { input: z.object({ organisation: organisationSchema.strict() }).strict(), output: organisationSettingsSchema },
  /** "Later" on the first-run question: stops asking; documents say "Not yet known — to follow" meanwhile. */
  'settings:organisation-later': { input: noInput, output: organisationSettingsSchema },
} as const satisfies OperationMap;
