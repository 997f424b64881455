import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SavedFile } from '../../shared/contract/index';
import type { Incident } from '../../shared/incident';
import { makeTestRegister } from './support/test-register';

describe('the one-page breach summary PDF', () => {
  const register = makeTestRegister({ now: new Date('2026-11-24T17:00:00.000Z') });
  let pdfPath = '';
  let saved: SavedFile;

  beforeAll(async () => {
    await register.signIn();
    const created = await register.dispatch('incident:create', {
      title: 'Client list sent to Łukasz Żółć by mistake',
      awareAt: '2026-11-24T16:05:00.000Z',
      whatHappened: 'Zoë Ødegård emailed the client list to the wrong Łukasz. Recalled within the hour; Дмитрий confirmed deletion.',
    });
    if (!created.ok) throw new Error(created.error.message);
    const result = await register.dispatch('report:summary-pdf', { id: (created.value as Incident).id });
    if (!result.ok) throw new Error(result.error.message);
    saved = result.value as SavedFile;
    if (saved.status !== 'download') throw new Error('expected a download');
    pdfPath = join(register.dir, saved.fileName);
    writeFileSync(pdfPath, Buffer.from(saved.base64, 'base64'));
  });
  afterAll(() => register.cleanup());

  it('is named after the reference', () => {
    expect(saved.fileName).toBe('BR-2026-0001 breach summary 24-Nov-2026.pdf');
  });

  it('carries the record as real text, non-Latin names exact', () => {
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    expect(text).toContain('Client list sent to Łukasz Żółć by mistake');
    expect(text).toContain('Zoë Ødegård');
    expect(text).toContain('Дмитрий');
    expect(text).toContain('Tue 24 Nov 2026, 16:05');
    expect(text).toContain('Fri 27 Nov 2026, 16:05'); // the 72-hour deadline
    expect(text).toContain('Not yet known — to follow'); // when it happened
  });

  it('is one valid A4 page with title and author metadata', () => {
    const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+1\n/);
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    expect(info).toMatch(/Title:\s+BR-2026-0001 breach summary/);
    expect(info).toMatch(/Author:\s+Breachlog/);
    expect(execFileSync('qpdf', ['--check', pdfPath], { encoding: 'utf8' })).toMatch(/No syntax or stream encoding errors/);
  });

  it('embeds its font', () => {
    const fonts = execFileSync('pdffonts', [pdfPath], { encoding: 'utf8' });
    expect(fonts).toMatch(/DejaVuSans/);
    expect(fonts).not.toMatch(/Helvetica/);
    for (const line of fonts.split('\n').slice(2).filter(Boolean)) expect(line).toMatch(/ yes /);
  });
});
