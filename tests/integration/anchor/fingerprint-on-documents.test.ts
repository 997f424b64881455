import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupedHex } from '../../../shared/register-fingerprint';
import type { Incident } from '../../../shared/incident';
import { makeTestRegister } from '../support/test-register';
import { bodyText, createIncident, flat, fullyFilledIncident, pdfPages, pdfText, saveDocument } from '../documents/document-support';
import type { TestRegister } from './support/tamper';
import { verify } from './support/tamper';

/** Every audit pack and ICO report carries the register's fingerprint on every page, read back from the PDF. */
describe('the register fingerprint on documents', () => {
  let register: TestRegister;
  let incident: Incident;
  let line = '';
  let full = '';

  beforeAll(async () => {
    register = makeTestRegister({ now: new Date('2026-11-25T09:00:00.000Z') });
    await register.signIn();
    incident = await fullyFilledIncident(register);
    for (let i = 0; i < 3; i += 1) await createIncident(register, { title: `Another breach ${i}`, awareAt: '2026-11-02T09:00:00.000Z' });
    const { fingerprint } = await verify(register);
    if (!fingerprint) throw new Error('no fingerprint');
    line = `Register fingerprint: entry ${fingerprint.entry.toLocaleString('en-GB')}, ${groupedHex(fingerprint.hash, 16)}`;
    full = `Register fingerprint: entry ${fingerprint.entry.toLocaleString('en-GB')}, ${groupedHex(fingerprint.hash)}`;
  });
  afterAll(() => register.cleanup());

  for (const [kind, request] of [
    ['ICO report', () => ({ kind: 'ico-report' as const, incidentId: incident.id })],
    ['audit pack', () => ({ kind: 'audit-pack' as const, range: { from: '2026-01-01', to: '2026-12-31' } })],
  ] as const) {
    it(`is on every page of the ${kind}, in the footer, and in full in the body`, async () => {
      const { path } = await saveDocument(register, 'document:save-pdf', request());
      const pages = pdfPages(path);
      expect(pages).toBeGreaterThan(1);
      for (let page = 1; page <= pages; page += 1) {
        const text = pdfText(path, '-f', String(page), '-l', String(page));
        expect(text, `page ${page}`).toContain(line);
        expect(text, `page ${page}`).toContain(`of ${pages}`);
      }
      expect(flat(bodyText(path))).toContain(full);
      const { path: textPath } = await saveDocument(register, 'document:save-text', request());
      expect(flat(readFileSync(textPath, 'utf8'))).toContain(full);
    });
  }

  it('can be typed back from the printout into Verify, and still matches after later changes', async () => {
    const typed = line.replace('Register fingerprint: ', '');
    expect((await verify(register, typed)).typedFingerprint).toMatchObject({ state: 'matches' });
    await createIncident(register, { title: 'After the printout', awareAt: '2026-11-24T09:00:00.000Z' });
    const later = await verify(register, typed);
    expect(later.typedFingerprint).toMatchObject({ state: 'matches', message: expect.stringMatching(/3 entries have been added since/) });
  });
});
