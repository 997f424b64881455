import { parse } from 'csv-parse/sync';

/** Reads CSV as a spreadsheet would, with a standard parser independent of the writer under test. */
export function parseCsv(text: string): string[][] {
  return parse(text, { bom: true, relax_column_count: false, skip_empty_lines: false }) as string[][];
}
