import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../../shared/documents/document-model';
import { AUDIT_PACK_SUMMARY_COLUMNS } from '../../../shared/documents/audit-pack';
import type { Incident } from '../../../shared/incident';
import { toLocalInputValue } from '../../../shared/uk-time';
import { makeTestRegister } from '../support/test-register';
import { FULL_ORGANISATION, call, createIncident, flat, fullyFilledIncident, pdfPages, pdfText, qpdfCheck, saveDocument } from './document-support';
import { parseCsv } from '../../unit/documents/csv-reader';

const YEAR_2026 = { from: '2026-01-01', to: '2026-12-31' };
const HEADER = ['Ødegård & Żółć Accountants Ltd', 'Audit pack, 1 Jan 2026 to 31 Dec 2026'];

/** Free text that a spreadsheet must get back exactly: commas, quotes, line breaks, a formula. */
const AWKWARD = [
  'Sent to "Finance, Ltd", not to us',
  'First line\nSecond line, with a comma\r\nThird "quoted" line',
  '=HYPERLINK("http://example.invalid","click")',
  'Zoë Ødegård, Łukasz Żółć and Дмитрий',
];

describe('the audit pack and the register CSV', () => {
  const register = makeTestRegister({ now: new Date('2026-11-25T09:00:00.000Z') });
  const incidents: Incident[] = [];
  let path = '';
  let fileName = '';

  beforeAll(async () => {
    await register.signIn();
    incidents.push(await fullyFilledIncident(register));
    for (let i = 0; i < 55; i += 1) {
      const text = AWKWARD[i % AWKWARD.length] ?? '';
      incidents.push(
        await createIncident(register, {
          title: `Breach ${i + 1}: ${text.split('\n')[0]}`,
          whatHappened: text,
          awareAt: new Date(Date.UTC(2026, i % 11, 1 + (i % 27), 9, 30)).toISOString(),
          breachTypes: i % 3 === 0 ? ['confidentiality', 'availability'] : ['integrity'],
          containment: i % 2 === 0 ? `Contained, step ${i}` : '',
        }),
      );
    }
    // One outside the period: aware in 2025.
    await createIncident(register, { title: 'Last year’s breach', awareAt: '2025-12-31T23:30:00.000Z' });
    ({ path, fileName } = await saveDocument(register, 'document:save-pdf', { kind: 'audit-pack', range: YEAR_2026 }));
  });
  afterAll(() => register.cleanup());

  it('is named after the period and the day it was made', () => {
    expect(fileName).toBe('Breach register audit pack 2026-01-01 to 2026-12-31 2026-11-25.pdf');
  });

  it('lists every breach of the period in the summary table, and none outside it', () => {
    const pages = pdfPages(path);
    const text = flat(pdfText(path));
    const summary = text.slice(0, text.indexOf(`${incidents[1]?.reference}: Breach 1`));
    for (const incident of incidents) expect(summary).toContain(incident.reference);
    expect(text).not.toContain('Last year’s breach');
    expect(pages).toBeGreaterThan(incidents.length);
  });

  it('repeats the table header on each page the summary table runs onto', () => {
    const columns = AUDIT_PACK_SUMMARY_COLUMNS.map((c) => c.label);
    // The table starts after the period's figures and charts at the front.
    const pages = pdfPages(path);
    const start = Array.from({ length: pages }, (_, i) => i + 1).find((n) => pdfText(path, '-f', String(n), '-l', String(n)).includes('Summary of every breach'));
    expect(start).toBeDefined();
    const next = String((start ?? 0) + 1);
    const page2 = flat(pdfText(path, '-f', next, '-l', next));
    expect(page2).toContain('BR-2026-00'); // the table really runs onto the next page
    let from = 0;
    for (const column of columns) {
      const at = page2.indexOf(column, from);
      expect(at, column).toBeGreaterThanOrEqual(0);
      from = at;
    }
  });

  it('gives each breach a page or more with its record and decision', () => {
    const text = flat(pdfText(path));
    expect(text).toContain(`${incidents[0]?.reference}: ${incidents[0]?.title}`);
    expect(text).toContain('Risk assessment and decision');
    expect(text).toContain('Bank details reached someone outside the firm');
    expect(text).toContain(flat(AWKWARD[1] ?? ''));
  });

  it('ends with the audit trail verification result', async () => {
    const pages = pdfPages(path);
    const last = flat(pdfText(path, '-f', String(pages), '-l', String(pages)));
    expect(last).toContain('Audit trail verification');
    expect(last).toMatch(/Result Intact: all [\d,]+ entries of the audit trail check out/);
    const { headHash } = await call<{ headHash: string }>(register, 'register:verify', {});
    expect(last.replace(/\s/g, '')).toContain(`Fingerprintofthewholetrail(newestentry’shash)${headHash}`);
  });

  it('has the header and "Page x of y" on every page, and is a valid PDF', () => {
    const pages = pdfPages(path);
    for (const page of [1, 2, Math.floor(pages / 2), pages]) {
      const pageText = pdfText(path, '-f', String(page), '-l', String(page));
      for (const part of HEADER) expect(pageText).toContain(part);
      expect(pageText).toContain(`Page ${page} of ${pages}`);
    }
    expect(execFileSync('pdfinfo', [path], { encoding: 'utf8' })).toMatch(/Author:\s+Ødegård & Żółć Accountants Ltd\n/);
    expect(qpdfCheck(path)).toMatch(/No syntax or stream encoding errors/);
  });

  it('exports the same period as CSV that a standard reader round-trips, every incident and every awkward character', async () => {
    const saved = await call<{ status: string; fileName: string; base64: string }>(register, 'register:export-csv', { range: YEAR_2026 });
    expect(saved.fileName).toBe('Breach register 2026-01-01 to 2026-12-31 2026-11-25.csv');
    const bytes = Buffer.from(saved.base64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8').slice(1));
    const [header, ...records] = rows;
    expect(header?.slice(0, 3)).toEqual(['Reference', 'Title', 'Status']);
    expect(records).toHaveLength(incidents.length);
    expect(records.every((r) => r.length === header?.length)).toBe(true);
    const column = (name: string) => header?.indexOf(name) ?? -1;
    // A cell that a spreadsheet would run as a formula is written with a leading apostrophe.
    const unguard = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);
    const stored = await Promise.all(incidents.map((i) => call<Incident>(register, 'incident:get', { id: i.id })));
    stored.forEach((incident) => {
      const record = records.find((r) => r[column('Reference')] === incident.reference) ?? [];
      expect(record[column('Reference')]).toBe(incident.reference);
      expect(unguard(record[column('Title')] ?? '')).toBe(incident.title);
      expect(unguard(record[column('What happened')] ?? '')).toBe(incident.whatHappened);
      expect(record[column('Containment and recovery')]).toBe(incident.containment);
      expect(record[column('Became aware')]).toBe(incident.awareAt ? toLocalInputValue(incident.awareAt).replace('T', ' ') : '');
      expect(record[column('Likely consequences')]).toBe(incident.likelyConsequences);
      expect(record[column('Organisations involved')]).toBe(incident.organisationsInvolved);
    });
    expect(records.some((r) => r[column('What happened')]?.startsWith("'=HYPERLINK"))).toBe(true);
  });

  it('previews the same blocks it prints', async () => {
    const model = await call<DocumentModel>(register, 'document:preview', { request: { kind: 'audit-pack', range: YEAR_2026 } });
    expect(model.header).toEqual({ left: FULL_ORGANISATION.name, right: HEADER[1] });
    const summary = model.blocks.find((b) => b.kind === 'table');
    expect(summary?.kind === 'table' ? summary.rows.length : 0).toBe(incidents.length);
  });

  it('refuses a period that ends before it starts', async () => {
    const result = await register.dispatch('register:export-csv', { range: { from: '2026-12-31', to: '2026-01-01' } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues?.[0]?.path).toBe('range.to');
  });
});
