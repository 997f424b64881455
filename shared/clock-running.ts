import type { IncidentKind, IncidentRole } from './incident-role';

/**
 * The one rule for where an incident's ICO clock stands, before any countdown. Only a breach
 * held as controller has one: a near miss compromised no personal data, and a processor tells
 * its controller instead (Art. 33(2)). For those: reported (stopped), decided not reportable,
 * not started (no time of awareness), or running. Every state model (shared/deadline.ts) and
 * every query (the register list, the "clocks running" list, the reminders) reads it from
 * here, in TypeScript or as the same rule in SQL.
 */

export type ClockPhase =
  | 'near_miss'
  | 'tell_controller'
  | 'controller_told'
  | 'stopped'
  | 'not_required'
  | 'not_started'
  | 'running';

export const CLOCK_PHASES: readonly ClockPhase[] = [
  'near_miss',
  'tell_controller',
  'controller_told',
  'stopped',
  'not_required',
  'not_started',
  'running',
];

export interface ClockFacts {
  awareAt: string | null;
  reportedAt: string | null;
  reportDecision: 'required' | 'not_required' | null;
  /** Absent on inputs made before near misses and roles: a breach held as controller. */
  kind?: IncidentKind;
  role?: IncidentRole;
  controllerToldAt?: string | null;
}

/** Only a breach held as controller has an ICO clock (and its own report and telling duties). */
export function hasIcoClock(facts: Pick<ClockFacts, 'kind' | 'role'>): boolean {
  return facts.kind !== 'near_miss' && facts.role !== 'processor';
}

const filled = (value: string | null | undefined): boolean => value !== null && value !== undefined && value !== '';

/** In order of precedence: no ICO clock at all; then a report stops it whatever was decided; "not reportable" stops it too. */
export function clockPhase(facts: ClockFacts): ClockPhase {
  if (facts.kind === 'near_miss') return 'near_miss';
  if (facts.role === 'processor') return filled(facts.controllerToldAt) ? 'controller_told' : 'tell_controller';
  if (filled(facts.reportedAt)) return 'stopped';
  if (facts.reportDecision === 'not_required') return 'not_required';
  if (!filled(facts.awareAt)) return 'not_started';
  return 'running';
}

export function isClockRunning(facts: ClockFacts): boolean {
  return clockPhase(facts) === 'running';
}

/**
 * The same rule as an SQL condition on the incident table's kind, role, controller_told_at,
 * aware_at, reported_at and report_decision columns; `alias` is the table's alias in the query
 * ('i' gives "i.aware_at"). The ICO phases spell out kind and role as the running-clocks
 * partial index does, so that index still serves them.
 */
export function clockPhaseSql(phase: ClockPhase, alias = ''): string {
  const c = (column: string) => (alias === '' ? column : `${alias}.${column}`);
  const icoClockApplies = `${c('kind')} = 'breach' AND ${c('role')} = 'controller'`;
  const notReported = `${c('reported_at')} IS NULL`;
  const reportable = `(${c('report_decision')} IS NULL OR ${c('report_decision')} = 'required')`;
  switch (phase) {
    case 'near_miss':
      return `${c('kind')} = 'near_miss'`;
    case 'tell_controller':
      return `${c('kind')} = 'breach' AND ${c('role')} = 'processor' AND ${c('controller_told_at')} IS NULL`;
    case 'controller_told':
      return `${c('kind')} = 'breach' AND ${c('role')} = 'processor' AND ${c('controller_told_at')} IS NOT NULL`;
    case 'stopped':
      return `${c('reported_at')} IS NOT NULL AND ${icoClockApplies}`;
    case 'not_required':
      return `${notReported} AND ${c('report_decision')} = 'not_required' AND ${icoClockApplies}`;
    case 'not_started':
      return `${c('aware_at')} IS NULL AND ${notReported} AND ${reportable} AND ${icoClockApplies}`;
    case 'running':
      return `${c('aware_at')} IS NOT NULL AND ${notReported} AND ${reportable} AND ${icoClockApplies}`;
  }
}
