import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../electron/services/database/open-database';
import { openDatabase } from '../../../electron/services/database/open-database';
import type { ClockFacts, ClockPhase } from '../../../shared/clock-running';
import { CLOCK_PHASES, clockPhase, clockPhaseSql } from '../../../shared/clock-running';
import { clockState } from '../../../shared/deadline';
import { makeTempDir } from '../support/temp-dir';

/**
 * The clock's rule is kept once, in TypeScript and as SQL: every combination of the three
 * facts must land in the same phase both ways, and in exactly one phase in SQL, on the real
 * encrypted database's incident table.
 */

const AWARE = ['2026-11-20T09:00:00.000Z', null];
const REPORTED = ['2026-11-21T09:00:00.000Z', null];
const DECISIONS = ['required', 'not_required', null] as const;
const KINDS = ['breach', 'near_miss'] as const;
const ROLES = ['controller', 'processor'] as const;
const TOLD = ['2026-11-20T12:00:00.000Z', null];
const PHASES: readonly ClockPhase[] = CLOCK_PHASES;

const combinations: Required<ClockFacts>[] = AWARE.flatMap((awareAt) =>
  REPORTED.flatMap((reportedAt) =>
    DECISIONS.flatMap((reportDecision) =>
      KINDS.flatMap((kind) =>
        ROLES.flatMap((role) => TOLD.map((controllerToldAt) => ({ awareAt, reportedAt, reportDecision, kind, role, controllerToldAt }))),
      ),
    ),
  ),
);

describe('the clock running rule', () => {
  const dir = makeTempDir();
  let db: Db;

  beforeAll(() => {
    db = openDatabase(join(dir.path, 'register.db'), { kind: 'raw', bytes: randomBytes(32) }, { create: true });
  });
  afterAll(() => {
    db.close();
    dir.remove();
  });

  it.each(combinations)('puts %o in the same single phase in SQL as in TypeScript', (facts) => {
    const matches = PHASES.filter((phase) => {
      const row = db
        .prepare<[string | null, string | null, string | null, string, string, string | null], { n: number }>(
          `SELECT count(*) AS n FROM (SELECT ? AS aware_at, ? AS reported_at, ? AS report_decision, ? AS kind, ? AS role, ? AS controller_told_at) i
            WHERE ${clockPhaseSql(phase, 'i')}`,
        )
        .get(facts.awareAt, facts.reportedAt, facts.reportDecision, facts.kind, facts.role, facts.controllerToldAt);
      return row?.n === 1;
    });
    expect(matches).toEqual([clockPhase(facts)]);
  });

  it('is the rule the clock state model uses', () => {
    const now = new Date('2026-11-20T10:00:00.000Z');
    for (const facts of combinations) {
      const state = clockState(facts, now).state;
      const counting = state === 'running' || state === 'due_soon' || state === 'overdue';
      expect(counting ? 'running' : state).toBe(clockPhase(facts));
    }
  });
});
