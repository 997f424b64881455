import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OperationName } from '../../../shared/contract/index';
import { contract } from '../../../shared/contract/index';
import { makeTestRegister } from '../support/test-register';
import { EXAMPLE_PAYLOADS } from './support/example-payloads';
import { spoiled } from './support/malformed-payloads';
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
        expect(JSON.stringify(result).length).toBeLessThan(100_000);
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
