/**
 * The one rule for where an incident's 72-hour clock stands, before any countdown: reported
 * (stopped), decided not reportable, not started (no time of awareness), or running. Every
 * state model (shared/deadline.ts) and every query (the register list, the "clocks running"
 * list, the reminders) reads it from here, in TypeScript or as the same rule in SQL.
 */

export type ClockPhase = 'stopped' | 'not_required' | 'not_started' | 'running';

export interface ClockFacts {
  awareAt: string | null;
  reportedAt: string | null;
  reportDecision: 'required' | 'not_required' | null;
}

/** In order of precedence: a report stops the clock whatever was decided; "not reportable" stops it too. */
export function clockPhase(facts: ClockFacts): ClockPhase {
  if (facts.reportedAt !== null && facts.reportedAt !== '') return 'stopped';
  if (facts.reportDecision === 'not_required') return 'not_required';
  if (facts.awareAt === null || facts.awareAt === '') return 'not_started';
  return 'running';
}

export function isClockRunning(facts: ClockFacts): boolean {
  return clockPhase(facts) === 'running';
}

/**
 * The same rule as an SQL condition on the incident table's aware_at, reported_at and
 * report_decision columns; `alias` is the table's alias in the query ('i' gives "i.aware_at").
 */
export function clockPhaseSql(phase: ClockPhase, alias = ''): string {
  const c = (column: string) => (alias === '' ? column : `${alias}.${column}`);
  const notReported = `${c('reported_at')} IS NULL`;
  const reportable = `(${c('report_decision')} IS NULL OR ${c('report_decision')} = 'required')`;
  switch (phase) {
    case 'stopped':
      return `${c('reported_at')} IS NOT NULL`;
    case 'not_required':
      return `${notReported} AND ${c('report_decision')} = 'not_required'`;
    case 'not_started':
      return `${c('aware_at')} IS NULL AND ${notReported} AND ${reportable}`;
    case 'running':
      return `${c('aware_at')} IS NOT NULL AND ${notReported} AND ${reportable}`;
  }
}
