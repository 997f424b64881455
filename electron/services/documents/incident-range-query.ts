import { dayAfter } from '../../../shared/local-date';
import { fromLocalInputValue } from '../../../shared/uk-time';
import { AppError } from '../errors';
import type { Db } from '../database/open-database';

/** The instants that bound a period of local dates, both days included. */
export function periodBounds(from: string, to: string, timeZone: string): { start: string; end: string } {
  const start = fromLocalInputValue(`${from}T00:00`, timeZone);
  const end = fromLocalInputValue(`${dayAfter(to)}T00:00`, timeZone);
  if (!start || !end) throw new AppError('invalid_input', 'That period of dates cannot be read.', [{ path: 'range', message: 'Enter real dates' }]);
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
