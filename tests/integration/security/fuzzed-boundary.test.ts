import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OperationName } from '../../../shared/contract/index';
import { contract } from '../../../shared/contract/index';
import { makeTestRegister } from '../support/test-register';
import { EXAMPLE_PAYLOADS } from './support/example-payloads';
import { HUGE_KEY, spoiled } from './support/malformed-payloads';
import { registerChecksum } from './support/register-checksum';

/**
 * Issue 7, "fuzzed boundary": at least 1,000 malformed payloads at every contract operation,
 * through the real dispatcher on a real encrypted register. Every one must come back as a typed
 * `invalid_input` error (never a throw), no handler may run (the content checksum is unchanged and
 * the register stays open), and nothing may leak onto Object.prototype.
 */
const MALFORMED_PER_OPERATION = 1_000;
const operationNames = Object.keys(contract) as OperationName[];

describe('the contract boundary under fuzzing', () => {
  let register: ReturnType<typeof makeTestRegister>;
  let checksum: () => Promise<string>;

  beforeAll(async () => {
    register = makeTestRegister();
    await register.signIn();
    const created = await register.dispatch('incident:create', { title: 'Existing breach', awareAt: '2026-11-24T10:00:00.000Z' });
    expect(created.ok).toBe(true);
    checksum = async () => registerChecksum((await register.session.services()).db);
  });
  afterAll(() => register.cleanup());

  it('covers every operation in the contract', () => {
    expect(operationNames.length).toBeGreaterThan(20);
  });

  it.each(operationNames)('%s refuses 1,000 malformed payloads with a typed error and changes nothing', async (name) => {
    const schema = contract[name].input;
    const before = await checksum();
    const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
    let refused = 0;
    const malformed = spoiled(EXAMPLE_PAYLOADS[name] ?? {}).filter((payload) => !accepts(schema, payload));
    await fc.assert(
      fc.asyncProperty(malformed, async (payload) => {
        const result = await register.dispatch(name, payload);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.error.code).toBe('invalid_input');
        expect(typeof result.error.message).toBe('string');
        expect(Array.isArray(result.error.issues)).toBe(true);
        // A refusal must not echo a huge input back (no amplification, nothing quoted at length).
        expect(JSON.stringify(result).length).toBeLessThan(20_000);
        refused += 1;
      }),
      { numRuns: MALFORMED_PER_OPERATION, seed: seedFor(name) },
    );
    expect(refused).toBeGreaterThanOrEqual(MALFORMED_PER_OPERATION);
    expect(await checksum()).toBe(before);
    expect((await register.dispatch('session:status', {})).ok && (await register.session.status()).state).toBe('open');
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
  });
});

describe('the contract boundary at the edges of what it accepts', () => {
  let register: ReturnType<typeof makeTestRegister>;
  beforeAll(async () => {
    register = makeTestRegister();
    await register.signIn();
    expect((await register.dispatch('incident:create', { title: 'Existing breach', awareAt: '2026-11-24T10:00:00.000Z' })).ok).toBe(true);
  });
  afterAll(() => register.cleanup());

  it.each(operationNames)('%s names a 1 MB unknown key by a short prefix only', async (name) => {
    const result = await register.dispatch(name, { ...(EXAMPLE_PAYLOADS[name] ?? {}), [HUGE_KEY]: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(JSON.stringify(result).length).toBeLessThan(1_000);
  });

  const at = (path: string) => ({ ok: false, error: { code: 'invalid_input', issues: [expect.objectContaining({ path })] } });
  const auditPack = (from: string, to: string) => ({ request: { kind: 'audit-pack', range: { from, to } } });
  it.each([
    ['document:preview', auditPack('2026-01-01', '9999-12-31'), 'request.range.to'],
    ['document:save-pdf', auditPack('0000-01-01', '2026-12-31'), 'request.range.from'],
    ['register:export-csv', { range: { from: '2026-01-01', to: '9999-12-31' } }, 'range.to'],
    ['incident:create', { title: 'x', awareAt: '9999-12-31T23:30:00-01:00' }, 'awareAt'],
    ['incident:correct-awareness', { id: 1, awareAt: '9999-12-31T23:59:59Z', reason: 'Found a later email' }, 'awareAt'],
    ['session:unlock', { passphrase: 'correct horse\0battery staple' }, 'passphrase'],
    ['security:change-passphrase', { current: 'x', next: 'new passphrase\u0000here' }, 'next'],
    ['security:set-recovery-passphrase', { passphrase: 'recovery\tpassphrase' }, 'passphrase'],
  ] as const)('%s refuses %j with a typed error naming the field, changing nothing', async (name, payload, path) => {
    const { db } = await register.session.services();
    const before = registerChecksum(db);
    const files = readdirSync(register.dir).sort();
    expect(await register.dispatch(name, payload)).toMatchObject(at(path));
    expect(registerChecksum(db)).toBe(before);
    expect(readdirSync(register.dir).sort()).toEqual(files);
  });
});

/** Whether the schema itself takes the payload; a schema that throws counts as refusing it. */
function accepts(schema: (typeof contract)[OperationName]['input'], payload: unknown): boolean {
  try {
    return schema.safeParse(payload).success;
  } catch {
    return false;
  }
}

/** A fixed seed per operation, so a failure reproduces; FUZZ_SEED varies every run. */
function seedFor(name: string): number {
  const base = Number(process.env['FUZZ_SEED'] ?? 7);
  return [...name].reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) | 0, base);
}
