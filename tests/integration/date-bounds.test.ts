import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayAfter } from '../../shared/local-date';
import { registerChecksum } from './security/support/register-checksum';
import { expectOk } from './security/support/security-helpers';
import { makeTestRegister } from './support/test-register';

/**
 * Dates at and beyond the ends of the calendar the register accepts (1900–2100): a clear, typed
 * refusal that names the field, never an internal error, and nothing changed.
 */
describe('dates at the ends of the calendar', () => {
  let register: ReturnType<typeof makeTestRegister>;
  beforeAll(async () => {
    register = makeTestRegister();
    await register.signIn();
    expectOk(await register.dispatch('incident:create', { title: 'In range', awareAt: '2026-11-24T10:00:00.000Z' }));
  });
  afterAll(() => register.cleanup());

  const auditPack = (from: string, to: string) => ({ request: { kind: 'audit-pack', range: { from, to } } });

  it.each([
    ['an end of 9999-12-31', '2026-01-01', '9999-12-31', 'request.range.to'],
    ['a start in year 0000', '0000-01-01', '2026-12-31', 'request.range.from'],
    ['a start in year 0099', '0099-06-01', '2026-12-31', 'request.range.from'],
    ['an end in 2101', '2026-01-01', '2101-01-01', 'request.range.to'],
  ])('refuses %s for a document, plainly, changing nothing', async (_label, from, to, path) => {
    const { db } = await register.session.services();
    const before = registerChecksum(db);
    for (const name of ['document:preview', 'document:save-pdf', 'document:save-text']) {
      const refused = await register.dispatch(name, auditPack(from, to));
      expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path, message: 'Enter a date between 1900 and 2100' }] } });
    }
    const csv = await register.dispatch('register:export-csv', { range: { from, to } });
    expect(csv).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: path.replace('request.', '') }] } });
    expect(registerChecksum(db)).toBe(before);
  });

  it('accepts the first and last days of the range', async () => {
    const pack = expectOk(await register.dispatch('document:preview', auditPack('1900-01-01', '2100-12-31')));
    expect(JSON.stringify(pack)).toContain('In range');
  });

  it.each([
    ['incident:create', { title: 'Far future', awareAt: '9999-12-31T23:59:59Z' }],
    ['incident:create', { title: 'Past 9999 by its offset', awareAt: '9999-12-31T23:30:00-01:00' }],
    ['incident:correct-awareness', { id: 1, awareAt: '9999-12-31T23:59:59.999Z', reason: 'A later email was found' }],
  ])('%s refuses an awareness time at the end of the calendar plainly, %j', async (name, payload) => {
    const { db } = await register.session.services();
    const before = registerChecksum(db);
    expect(await register.dispatch(name, payload)).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'awareAt' }] } });
    expect(registerChecksum(db)).toBe(before);
  });

  it('counts the day after by the calendar, across years and leap days', () => {
    expect(['2100-12-31', '2024-02-28', '2023-02-28', '1900-02-28', '0099-12-31'].map(dayAfter)).toEqual([
      '2101-01-01',
      '2024-02-29',
      '2023-03-01',
      '1900-03-01',
      '0100-01-01',
    ]);
  });
});
