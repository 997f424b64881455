import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../electron/services/database/open-database';
import { openDatabase } from '../../electron/services/database/open-database';
import { buildOpenRegister } from '../../electron/services/open-register';
import { buildRegisterListSql } from '../../electron/services/register/register-list-query';
import { EMPTY_INCIDENT_FIELDS } from '../../shared/incident';
import { BREACH_TYPES, CAUSES, INCIDENT_STATUSES } from '../../shared/incident-fields';
import type { RegisterQuery, RegisterQueryInput, RegisterSort } from '../../shared/register-query';
import { DEADLINE_FILTERS } from '../../shared/deadline-filters';
import { REGISTER_SORTS, registerQuerySchema } from '../../shared/register-query';
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

  /** One query for each value of each filter the register screen offers, and none. */
  const FILTERS: [string, RegisterQueryInput][] = [
    ['none', {}],
    ...INCIDENT_STATUSES.map((status): [string, RegisterQueryInput] => [`status=${status}`, { status }]),
    ['year', { year: 2024 }],
    ...CAUSES.slice(0, 2).map((cause): [string, RegisterQueryInput] => [`cause=${cause}`, { cause }]),
    ...BREACH_TYPES.map((breachType): [string, RegisterQueryInput] => [`breachType=${breachType}`, { breachType }]),
    ['reported=yes', { reported: 'yes' }],
    ['reported=no', { reported: 'no' }],
    ...DEADLINE_FILTERS.map((deadline): [string, RegisterQueryInput] => [`deadline=${deadline}`, { deadline }]),
  ];

  /** The index meant to answer each single filter, in awareness order (and for its count). */
  function ownIndex(input: RegisterQueryInput): string {
    if (input.deadline) {
      return {
        running: 'incident_running_clocks',
        due_soon: 'incident_running_clocks',
        overdue: 'incident_running_clocks',
        not_started: 'incident_clock_not_started',
        stopped: 'incident_reported_aware',
        not_required: 'incident_not_required_aware',
      }[input.deadline];
    }
    if (input.year) return 'incident_by_year_aware';
    if (input.cause) return 'incident_by_cause_aware';
    if (input.status) return 'incident_by_status_aware';
    if (input.breachType) return `incident_${input.breachType}_aware`;
    if (input.reported) return input.reported === 'yes' ? 'incident_reported_aware' : 'incident_unreported_aware';
    return 'incident_by_aware';
  }

  /** Deadline states with a handful of incidents: they may sort their few matches. */
  const small = (input: RegisterQueryInput) => ['running', 'due_soon', 'overdue', 'not_started'].includes(input.deadline ?? '');

  /** The plan meant for a filter and a sort: which index it walks, and whether it may sort. */
  function intendedPage(input: RegisterQueryInput, sort: RegisterSort): { index: RegExp; sorts: boolean } {
    const exact = (name: string) => new RegExp(`USING (COVERING )?INDEX ${name}\\b`);
    if (sort === 'aware_desc' || sort === 'aware_asc') return { index: exact(ownIndex(input)), sorts: false };
    if (small(input)) return { index: exact(ownIndex(input)), sorts: true };
    if (sort === 'updated_desc') return { index: exact('incident_by_updated'), sorts: false };
    const column = input.year ? 'year' : input.cause ? 'cause' : input.status ? 'status' : null;
    // Reference order is id order: a status, year or cause index keeps it; otherwise the table itself.
    return { index: column ? exact(`incident_by_${column}`) : /^SCAN i$/m, sorts: false };
  }

  it('reads every filter and sort the register offers from the index meant for it, in page order', () => {
    const checked: string[] = [];
    for (const [label, input] of FILTERS) {
      for (const sort of REGISTER_SORTS) {
        const { page, pageParams } = capture({ ...input, sort });
        const detail = plan(page, pageParams);
        const intended = intendedPage(input, sort);
        expect(detail, `${label}, ${sort}`).toMatch(intended.index);
        if (!intended.sorts) expect(detail, `${label}, ${sort}`).not.toMatch(/TEMP B-TREE/);
        checked.push(`${label} ${sort}`);
      }
    }
    expect(checked).toHaveLength(FILTERS.length * REGISTER_SORTS.length);
  });

  it('answers two filters from the index of the one that drives, testing the other in its entries', () => {
    const cases: [RegisterQueryInput, RegExp][] = [
      [{ status: 'open', year: 2025 }, /SEARCH i USING INDEX incident_by_year_aware \(year=\?\)/],
      [{ status: 'closed', reported: 'no', sort: 'reference_asc' }, /SEARCH i USING INDEX incident_by_status \(status=\?\)/],
      [{ cause: 'other', breachType: 'integrity' }, /SEARCH i USING INDEX incident_by_cause_aware \(cause=\?\)/],
      [{ deadline: 'overdue', status: 'open' }, /USING INDEX incident_running_clocks\b/],
      [{ breachType: 'availability', reported: 'yes', sort: 'updated_desc' }, /USING (COVERING )?INDEX incident_by_updated\b/],
    ];
    for (const [input, index] of cases) {
      const { page, pageParams } = capture(input);
      expectOrderedBy(plan(page, pageParams), index);
    }
  });

  it('counts every filter from its own index, never from the rows', () => {
    for (const [label, input] of FILTERS) {
      const { count, params } = capture(input);
      const detail = plan(count, params);
      if (label === 'none') expect(detail).toMatch(/SCAN (i|incident) USING COVERING INDEX/);
      else expect(detail, label).toMatch(new RegExp(`USING (COVERING )?INDEX ${ownIndex(input)}\\b`));
    }
  });

  it('counts every pair of filters from the driving index alone, without reading a row', () => {
    const pairs: [string, RegisterQueryInput][] = [];
    const single = FILTERS.filter(([label]) => label !== 'none' && !label.startsWith('deadline'));
    for (const [firstLabel, first] of single) {
      for (const [secondLabel, second] of single) {
        const firstKey = Object.keys(first)[0];
        const secondKey = Object.keys(second)[0];
        if (firstKey === secondKey) continue;
        pairs.push([`${firstLabel} + ${secondLabel}`, { ...first, ...second }]);
      }
    }
    expect(pairs.length).toBeGreaterThan(40);
    for (const [label, input] of pairs) {
      const { count, params } = capture(input);
      expect(plan(count, params), label).toMatch(new RegExp(`USING COVERING INDEX ${ownIndex(input)}\\b`));
    }
  });

  it('counts the large deadline states with any other filter from the deadline’s index alone, and walks it for a page', () => {
    const others = FILTERS.filter(([label]) => label !== 'none' && !label.startsWith('deadline'));
    let checked = 0;
    for (const deadline of ['stopped', 'not_required'] as const) {
      for (const [label, other] of others) {
        const input: RegisterQueryInput = { ...other, deadline };
        const { count, params, page, pageParams } = capture(input);
        const index = new RegExp(`USING COVERING INDEX ${ownIndex(input)}\\b`);
        expect(plan(count, params), `${deadline} + ${label}`).toMatch(index);
        expectOrderedBy(plan(page, pageParams), new RegExp(`USING (COVERING )?INDEX ${ownIndex(input)}\\b`));
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(20);
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
    const timeline = prepared.find((source) => /FROM audit_entry WHERE incident_id = @id/.test(source));
    const head = prepared.find((source) => /FROM audit_entry ORDER BY id DESC LIMIT 1/.test(source));
    if (!timeline || !head) throw new Error('The audit trail no longer prepares its timeline and head queries');
    const timelinePlan = plan(timeline, { id: 1 });
    expectOrderedBy(timelinePlan, /SEARCH audit_entry USING (COVERING )?INDEX audit_by_incident \(incident_id=\? AND id>\?\)/);
    // The start of its own history (after a removal of a breach that once had its id) is found in the same index.
    expect(timelinePlan).not.toMatch(/SCAN (audit_entry|removal)\b/);
    expectOrderedBy(plan(head), /^SCAN audit_entry$/m);
  });
});
