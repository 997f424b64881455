import { describe, expect, it } from 'vitest';
import { COVERED_BY_NAME } from '../../../electron/services/audit/covered-tables';
import { sealRow } from '../../../electron/services/audit/row-digest';

/**
 * Rows sealed before migration 0006 have no kind, role or controller_told_at column. After the
 * upgrade they read back with the defaults, and must still match their seal; any other value must not.
 */
describe('an incident row sealed before near misses and roles existed', () => {
  const table = COVERED_BY_NAME.get('incident');
  if (!table) throw new Error('incident is not covered');
  const before = { trail_key: '7', id: 7, reference: 'BR-2026-0007', title: 'Laptop stolen', status: 'open', aware_at: null };

  it('matches its seal once read back with the new columns at their defaults', () => {
    const upgraded = { ...before, kind: 'breach', role: 'controller', controller_told_at: null };
    expect(sealRow(table, '7', upgraded).d).toBe(sealRow(table, '7', before).d);
  });

  it('no longer matches when any new column holds something else', () => {
    for (const changed of [{ kind: 'near_miss' }, { role: 'processor' }, { controller_told_at: '2026-11-24T10:00:00.000Z' }]) {
      const upgraded = { ...before, kind: 'breach', role: 'controller', controller_told_at: null, ...changed };
      expect(sealRow(table, '7', upgraded).d).not.toBe(sealRow(table, '7', before).d);
    }
  });
});
