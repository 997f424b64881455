import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DatabaseKey } from '../../electron/services/database/database-key';
import { closeDatabase, openDatabase } from '../../electron/services/database/open-database';
import { buildOpenRegister } from '../../electron/services/open-register';
import { EMPTY_INCIDENT_FIELDS } from '../../shared/incident';
import { registerQuerySchema } from '../../shared/register-query';
import { makeTempDir } from './support/temp-dir';

/**
 * What the speed work must not break: the planner's statistics exist once a register has been
 * used (PRAGMA optimize at open and close), a kept count never outlives a change (made here or by
 * another connection), and a save that skips the search index still leaves search right.
 */

const NOW = new Date('2026-11-25T09:00:00.000Z');
const key: DatabaseKey = { kind: 'raw', bytes: randomBytes(32) };
const dir = makeTempDir();
afterAll(() => dir.remove());

function fields(title: string) {
  return { ...EMPTY_INCIDENT_FIELDS, title, whatHappened: `About ${title}`, awareAt: '2026-11-20T09:00:00.000Z' };
}

describe('keeping the register fast without going stale', () => {
  const path = join(dir.path, 'register.db');

  it('has planner statistics for the incident table after a session, without a full ANALYZE at every open', () => {
    const db = openDatabase(path, key, { create: true });
    const { register } = buildOpenRegister(db, () => NOW, () => 'Tester');
    for (let i = 0; i < 40; i += 1) register.create({ ...fields(`Letter ${i}`), status: i % 2 === 0 ? 'open' : 'contained' });
    register.list(registerQuerySchema.parse({ status: 'open' }));
    closeDatabase(db);
    const reopened = openDatabase(path, key, { create: false });
    try {
      const stats = reopened.prepare("SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'incident'").pluck().get() as number;
      expect(stats).toBeGreaterThan(0);
    } finally {
      closeDatabase(reopened);
    }
  });

  it('counts again after a change made here or by another connection, and not on a page turn alone', () => {
    const db = openDatabase(path, key, { create: false });
    const other = openDatabase(path, key, { create: false });
    try {
      const { register } = buildOpenRegister(db, () => NOW, () => 'Tester');
      const query = registerQuerySchema.parse({ status: 'open', limit: 5 });
      const before = register.list(query).total;
      expect(register.list({ ...query, offset: 5 }).total).toBe(before);
      register.create({ ...fields('Another letter'), status: 'open' });
      expect(register.list(query).total).toBe(before + 1);
      buildOpenRegister(other, () => NOW, () => 'Someone else').register.create({ ...fields('From the other window'), status: 'open' });
      expect(register.list({ ...query, offset: 5 }).total).toBe(before + 2);
    } finally {
      closeDatabase(other);
      closeDatabase(db);
    }
  });

  it('finds new text after a save that changed it, and still finds the old text after a save that changed none', () => {
    const db = openDatabase(path, key, { create: false });
    try {
      const { register } = buildOpenRegister(db, () => NOW, () => 'Tester');
      const made = register.create(fields('Payroll spreadsheet emailed'));
      const search = (text: string) => register.list(registerQuerySchema.parse({ search: text })).items.map((item) => item.id);
      // No searchable text changes: the search entry is left as it is.
      const contained = register.update(made.id, { cause: 'other', peopleCount: { kind: 'exact', value: 3 } });
      expect(contained).toEqual(register.get(made.id));
      expect(search('payroll')).toContain(made.id);
      register.update(made.id, { title: 'Timesheet emailed', whatHappened: 'A timesheet went to a supplier' });
      expect(search('payroll')).not.toContain(made.id);
      expect(search('supplier')).toContain(made.id);
      expect(search('timesheet')).toContain(made.id);
    } finally {
      closeDatabase(db);
    }
  });
});
