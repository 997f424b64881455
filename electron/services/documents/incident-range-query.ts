import { fromLocalInputValue } from '../../../shared/uk-time';
import type { Db } from '../database/open-database';

/** The instants that bound a period of local dates, both days included. */
export function periodBounds(from: string, to: string, timeZone: string): { start: string; end: string } {
  const [year, month, day] = to.split('-').map(Number) as [number, number, number];
  const dayAfter = new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
  const start = fromLocalInputValue(`${from}T00:00`, timeZone);
  const end = fromLocalInputValue(`${dayAfter}T00:00`, timeZone);
  if (!start || !end) throw new Error(`Not a period of dates: ${from} to ${to}`);
  return { start: start.toISOString(), end: end.toISOString() };
}

/**
 * The ids of every incident of a period, for the audit pack and the CSV, oldest first: those
 * the organisation became aware of in the period, or, where awareness is not recorded, those
 * recorded in it. The records themselves are read through the register's own repository.
 */
export class IncidentRangeQuery {
  private readonly statement;

  constructor(db: Db) {
    this.statement = db
      .prepare<[string, string], number>(
        `SELECT id FROM incident
         WHERE coalesce(aware_at, created_at) >= ? AND coalesce(aware_at, created_at) < ?
         ORDER BY coalesce(aware_at, created_at), id`,
      )
      .pluck();
  }

  idsInPeriod(from: string, to: string, timeZone: string): number[] {
    const { start, end } = periodBounds(from, to, timeZone);
    return this.statement.all(start, end);
  }
}
