import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestRegister } from './support/test-register';

/** A digest of every row, to prove a refused request changed nothing. */
async function registerContents(register: ReturnType<typeof makeTestRegister>) {
  const { db } = await register.session.services();
  return JSON.stringify({
    incidents: db.prepare('SELECT * FROM incident ORDER BY id').all(),
    counters: db.prepare('SELECT * FROM reference_counter ORDER BY year').all(),
    audit: db.prepare('SELECT * FROM audit_entry ORDER BY id').all(),
  });
}

describe('the contract boundary', () => {
  let register: ReturnType<typeof makeTestRegister>;
  beforeEach(async () => {
    register = makeTestRegister();
    await register.signIn();
    await register.dispatch('incident:create', { title: 'Existing', awareAt: '2026-11-24T10:00:00.000Z' });
  });
  afterEach(() => register.cleanup());

  it.each([
    ['no payload', undefined],
    ['a string', 'DROP TABLE incident'],
    ['an array', [1, 2]],
    ['no title', { whatHappened: 'x' }],
    ['an unknown field', { title: 'x', sneaky: true }],
    ['a title too long', { title: 'x'.repeat(201) }],
    ['a bad date', { title: 'x', awareAt: '24/11/2026' }],
    ['times out of order', { title: 'x', occurred: { kind: 'at', at: '2026-11-24T11:00:00.000Z' }, awareAt: '2026-11-24T10:00:00.000Z' }],
    ['a prototype trick', JSON.parse('{"__proto__": {"title": "x"}}')],
  ])('refuses %s with a typed error and changes nothing', async (_label, payload) => {
    const before = await registerContents(register);
    const result = await register.dispatch('incident:create', payload);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid_input');
      expect(result.error.message.length).toBeGreaterThan(10);
    }
    expect(await registerContents(register)).toBe(before);
  });

  it('names a megabyte-long unknown key or operation by a short prefix only, changing nothing', async () => {
    const before = await registerContents(register);
    const key = 'k'.repeat(1_000_000);
    const refused = await register.dispatch('incident:create', { title: 'x', awareAt: '2026-11-24T10:00:00.000Z', [key]: 1 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: '', message: `Unknown field "${'k'.repeat(40)}…"` }] } });
    expect(JSON.stringify(refused).length).toBeLessThan(500);
    const unknown = await register.dispatch(key, {});
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
    expect(JSON.stringify(unknown).length).toBeLessThan(200);
    expect(await registerContents(register)).toBe(before);
  });

  it('refuses an operation that is not in the contract', async () => {
    for (const name of ['incident:delete', '__proto__', 'constructor', 'toString', '']) {
      const result = await register.dispatch(name, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
    }
  });
});
