import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/contract/index';
import { OPERATION_NAMES } from '../../shared/operation-names';
import { parseUnknown } from '../../shared/parse';

describe('the contract', () => {
  it('lists exactly the operations the preload exposes', () => {
    expect([...OPERATION_NAMES].sort()).toEqual(Object.keys(contract).sort());
  });

  it('names operations noun:verb', () => {
    for (const name of Object.keys(contract)) expect(name).toMatch(/^[a-z]+:[a-z-]+$/);
  });

  it('reports each problem with its field path', () => {
    const result = parseUnknown(contract['incident:create'].input, {
      title: ' ',
      occurred: { kind: 'at', at: '2026-11-24T10:00:00.000Z' },
      awareAt: '2026-11-23T10:00:00.000Z',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.issues?.map((i) => i.path)).toEqual(['title']);

    const outOfOrder = parseUnknown(contract['incident:create'].input, {
      title: 'Laptop stolen',
      occurred: { kind: 'at', at: '2026-11-24T10:00:00.000Z' },
      awareAt: '2026-11-23T10:00:00.000Z',
    });
    expect(outOfOrder.ok).toBe(false);
    if (!outOfOrder.ok) expect(outOfOrder.error.issues).toEqual([{ path: 'occurred', message: 'The breach cannot have started after it was discovered' }]);
  });

  it('refuses extra keys on strict inputs and wrong types', () => {
    expect(parseUnknown(contract['incident:get'].input, { id: 1, sneaky: true }).ok).toBe(false);
    expect(parseUnknown(contract['incident:get'].input, { id: '1' }).ok).toBe(false);
    expect(parseUnknown(contract['incident:get'].input, { id: -1 }).ok).toBe(false);
    expect(parseUnknown(contract['incident:get'].input, { id: 3 }).ok).toBe(true);
  });
});
