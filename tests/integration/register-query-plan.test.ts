import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../electron/services/database/open-database';
import { openDatabase } from '../../electron/services/database/open-database';
import { buildOpenRegister } from '../../electron/services/open-register';
import { buildRegisterListSql } from '../../electron/services/register/register-list-query';
import { EMPTY_INCIDENT_FIELDS } from '../../shared/incident';
import { CAUSES, INCIDENT_STATUSES } from '../../shared/incident-fields';
import type { RegisterQuery, RegisterQueryInput } from '../../shared/register-query';
import { registerQuerySchema } from '../../shared/register-query';
import { makeTempDir } from './support/temp-dir';

/**
 * The register's hot queries must walk an index in the order the page is shown, not read
 * every incident and sort them in a temporary B-tree: that is what keeps a page of 50 fast
 * with 100,000 incidents (bench/run-benchmarks.ts measures it). The SQL checked here is the
 * SQL the repository really prepares, caught as it is prepared, so the test follows the code.
 */

const NOW = new Date('2026-11-25T09:00:00.000Z');

interface Captured {
  page: string;
  count: string;
  params: Record<string, unknown>;
  pageParams: Record<string, unknown>;
}

describe('query plans of the register', () => {
  const dir = makeTempDir();
  let db: Db;
  const prepared: string[] = [];

  beforeAll(() => {
    db = openDatabase(join(dir.path, 'register.db'), { kind: 'raw', bytes: randomBytes(32) }, { create: true });
    const clock = { now: NOW };
    const { register } = buildOpenRegister(
      db,
      () => clock.now,
      () => 'Plan test',
    );
    for (let i = 0; i < 60; i += 1) {
      const aware = new Date(NOW.getTime() - i * 40 * 24 * 3_600_000);
      clock.now = new Date(aware.getTime() + 3_600_000);
      register.create({
        ...EMPTY_INCIDENT_FIELDS,
        title: `Incident ${i} letter sent to the wrong address`,
        whatHappened: `The letter about invoice ${i} went to a former tenant.`,
        awareAt: aware.toISOString(),
        cause: CAUSES[i % CAUSES.length] ?? 'other',
        breachTypes: i % 3 === 0 ? ['confidentiality', 'availability'] : ['confidentiality'],
        status: INCIDENT_STATUSES[i % INCIDENT_STATUSES.length] ?? 'open',
      });
    }
    // Record every statement prepared from now on, with its exact SQL.
    const prepare = db.prepare.bind(db);
    db.prepare = ((source: string) => {
      prepared.push(source);
      return prepare(source);
    }) as Db['prepare'];
  });

  afterAll(() => {
    db.close();
    dir.remove();
  });

  /** The page and count SQL the repository prepares for a query, with the values it binds. */
  function capture(input: RegisterQueryInput): Captured {
    const query: RegisterQuery = registerQuerySchema.parse(input);
    const before = prepared.length;
    // A fresh set of services, so the repository's statement cache cannot hide the SQL.
    buildOpenRegister(
      db,
      () => NOW,
      () => 'Plan test',
    ).register.list(query);
    const fresh = prepared.slice(before).filter((source) => /FROM incident i\b/.test(source));
    const page = fresh.find((source) => /\bOFFSET\b/i.test(source));
    const count = fresh.find((source) => /count\(\*\)/i.test(source));
    if (!page || !count) throw new Error(`The list query was not prepared as expected:\n${fresh.join('\n')}`);
    const { params } = buildRegisterListSql(query, NOW);
    return { page, count, params, pageParams: { ...params, limit: query.limit, offset: query.offset } };
  }

  function plan(source: string, params: Record<string, unknown> | unknown[] = {}): string {
    const rows = db.prepare(`EXPLAIN QUERY PLAN ${source}`).all(params) as { detail: string }[];
    return rows.map((row) => row.detail).join('\n');
  }

  /** A plan that reads incidents in page order through `index`, with no sort of its own. */
  function expectOrderedBy(detail: string, index: RegExp): void {
    expect(detail).toMatch(index);
    expect(detail).not.toMatch(/TEMP B-TREE/);
  }

  it('walks incident_by_aware for the default view, newest first', () => {
    const { page, pageParams } = capture({});
    expectOrderedBy(plan(page, pageParams), /USING INDEX incident_by_aware\b/);
  });

  it('walks incident_by_aware backwards for oldest first', () => {
    const { page, pageParams } = capture({ sort: 'aware_asc' });
    expectOrderedBy(plan(page, pageParams), /USING INDEX incident_by_aware\b/);
  });

  it('uses the index that matches a status, year or cause filter, in awareness order', () => {
    const cases: [RegisterQueryInput, RegExp][] = [
      [{ status: 'open' }, /SEARCH i USING INDEX incident_by_status_aware \(status=\?\)/],
      [{ status: 'closed', sort: 'aware_asc' }, /SEARCH i USING INDEX incident_by_status_aware \(status=\?\)/],
      [{ year: 2024 }, /SEARCH i USING INDEX incident_by_year_aware \(year=\?\)/],
      [{ cause: 'cyber_attack' }, /SEARCH i USING INDEX incident_by_cause_aware \(cause=\?\)/],
    ];
    for (const [input, index] of cases) {
      const { page, pageParams } = capture(input);
      expectOrderedBy(plan(page, pageParams), index);
    }
  });

  it('combines two indexed filters without sorting', () => {
    const { page, pageParams } = capture({ status: 'open', year: 2025 });
    expectOrderedBy(plan(page, pageParams), /SEARCH i USING INDEX incident_by_(status|year)_aware \((status|year)=\?\)/);
  });

  it('walks incident_by_aware for filters that have no index of their own', () => {
    const inputs: RegisterQueryInput[] = [{ breachType: 'integrity' }, { reported: 'no' }, { deadline: 'not_started' }];
    for (const input of inputs) {
      const { page, pageParams } = capture(input);
      expectOrderedBy(plan(page, pageParams), /USING INDEX incident_by_aware\b/);
    }
  });

  it('walks the running-clocks index (also in awareness order) for the deadline states', () => {
    for (const deadline of ['running', 'due_soon', 'overdue'] as const) {
      const { page, pageParams } = capture({ deadline });
      expectOrderedBy(plan(page, pageParams), /USING INDEX (incident_running_clocks|incident_by_aware)\b/);
    }
  });

  it('walks incident_by_updated for recently changed, and the primary key for reference order', () => {
    const updated = capture({ sort: 'updated_desc' });
    expectOrderedBy(plan(updated.page, updated.pageParams), /USING INDEX incident_by_updated\b/);
    for (const sort of ['reference_desc', 'reference_asc'] as const) {
      const { page, pageParams } = capture({ sort });
      const detail = plan(page, pageParams);
      expect(detail).toMatch(/^SCAN i$/m);
      expect(detail).not.toMatch(/TEMP B-TREE/);
    }
  });

  it('counts filtered incidents from an index alone', () => {
    const cases: [RegisterQueryInput, RegExp][] = [
      [{}, /SCAN (i|incident) USING COVERING INDEX/],
      [{ status: 'open' }, /SEARCH i USING COVERING INDEX incident_by_status_aware \(status=\?\)/],
      [{ year: 2024 }, /SEARCH i USING COVERING INDEX incident_by_year_aware \(year=\?\)/],
      [{ cause: 'other' }, /SEARCH i USING COVERING INDEX incident_by_cause_aware \(cause=\?\)/],
    ];
    for (const [input, index] of cases) {
      const { count, params } = capture(input);
      expect(plan(count, params)).toMatch(index);
    }
  });

  it('finds search results through the full-text index and fetches each incident by its id', () => {
    for (const input of [{ search: 'wrong address' }, { search: 'invoice', status: 'open' as const }, { search: 'tena' }]) {
      const { page, pageParams, count, params } = capture(input);
      for (const detail of [plan(page, pageParams), plan(count, params)]) {
        expect(detail).toMatch(/SCAN s VIRTUAL TABLE INDEX \d+:M/);
        expect(detail).toMatch(/SEARCH i USING INTEGER PRIMARY KEY \(rowid=\?\)/);
        // Never every incident: the matches drive the join.
        expect(detail).not.toMatch(/^SCAN i\b/m);
      }
    }
  });

  it("reads an incident's timeline through audit_by_incident, and the chain's head by its id", () => {
    buildOpenRegister(
      db,
      () => NOW,
      () => 'Plan test',
    );
    const timeline = prepared.find((source) => /FROM audit_entry WHERE incident_id = \?/.test(source));
    const head = prepared.find((source) => /FROM audit_entry ORDER BY id DESC LIMIT 1/.test(source));
    if (!timeline || !head) throw new Error('The audit trail no longer prepares its timeline and head queries');
    expectOrderedBy(plan(timeline, [1]), /SEARCH audit_entry USING (COVERING )?INDEX audit_by_incident \(incident_id=\?\)/);
    expectOrderedBy(plan(head), /^SCAN audit_entry$/m);
  });
});
