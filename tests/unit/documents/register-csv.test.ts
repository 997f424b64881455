import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvCell, toCsv } from '../../../shared/documents/register-csv';
import { parseCsv } from './csv-reader';

describe('CSV for spreadsheets (RFC 4180, UTF-8 with BOM)', () => {
  it('quotes only what needs it, doubling quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('Łukasz Żółć')).toBe('Łukasz Żółć');
  });

  it('stops a spreadsheet running a cell as a formula', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-2')).toBe("'-2");
  });

  it('starts with a byte-order mark and ends each record with CRLF', () => {
    expect(toCsv([['a', 'b'], ['c', 'd']])).toBe(`${CSV_BOM}a,b\r\nc,d\r\n`);
  });

  it('round-trips any text through an RFC 4180 reader', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'Ż', ',', '"', '\n', '\r', ' ', 'д', '\'') }).filter((s) => !/^[=+\-@\t\r]/.test(s));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 5 }), (rows) => {
        expect(parseCsv(toCsv(rows).slice(1))).toEqual(rows);
      }),
    );
  });
});
