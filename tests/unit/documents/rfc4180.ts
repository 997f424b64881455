/**
 * A strict RFC 4180 reader for the CSV tests, written from the RFC and independent of the
 * writer it checks: quoted fields may hold commas, doubled quotes and line breaks; records end
 * in CRLF; a quote inside an unquoted field, or anything after a closing quote other than a
 * comma or line end, is an error. (A package parser such as csv-parse can replace it.)
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const atEnd = () => i >= text.length;
  while (!atEnd()) {
    let field = '';
    if (text[i] === '"') {
      i += 1;
      for (;;) {
        if (atEnd()) throw new Error('Unclosed quoted field');
        const c = text[i] as string;
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        field += c;
        i += 1;
      }
    } else {
      while (!atEnd() && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error(`Quote inside an unquoted field at ${i}`);
        field += text[i];
        i += 1;
      }
    }
    row.push(field);
    if (atEnd()) break;
    if (text[i] === ',') {
      i += 1;
      continue;
    }
    if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
      continue;
    }
    throw new Error(`Expected a comma or CRLF at ${i}, found ${JSON.stringify(text[i])}`);
  }
  if (row.length > 0) rows.push(row);
  return rows;
}
