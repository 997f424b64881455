import { clockPhaseSql } from '../../../shared/clock-running';
import { ICO_DEADLINE_HOURS, DUE_SOON_HOURS } from '../../../shared/deadline';
import type { DeadlineFilter } from '../../../shared/deadline-filters';
import type { RegisterQuery } from '../../../shared/register-query';
import { BREACH_TYPES } from '../../../shared/incident-fields';
import { foldForSearch } from './search-folding';

const HOUR_MS = 3_600_000;

const ORDER_BY: Record<RegisterQuery['sort'], string> = {
  aware_desc: 'i.aware_at DESC, i.id DESC',
  aware_asc: 'i.aware_at ASC, i.id ASC',
  reference_desc: 'i.id DESC',
  reference_asc: 'i.id ASC',
  updated_desc: 'i.updated_at DESC, i.id DESC',
};

/**
 * Builds the register's list query from a parsed query. Only fixed SQL fragments are
 * concatenated; every value the person typed is a bound parameter.
 */
export interface RegisterListSql {
  where: string;
  params: Record<string, unknown>;
  orderBy: string;
  ftsJoin: string;
  /** `INDEXED BY …` or `NOT INDEXED` for the page query, or '' (a search: the full-text index drives). */
  pageIndex: string;
  /** The same for the count: the driving filter's own index, which holds every match. */
  countIndex: string;
}

export function buildRegisterListSql(query: RegisterQuery, now: Date): RegisterListSql {
  const conditions: string[] = [];
  const params: Record<string, unknown> = {};
  let ftsJoin = '';
  const match = toFtsMatch(query.search);
  if (match) {
    ftsJoin = 'JOIN incident_search s ON s.rowid = i.id';
    conditions.push('incident_search MATCH @match');
    params['match'] = match;
  }
  if (query.status) {
    conditions.push('i.status = @status');
    params['status'] = query.status;
  }
  if (query.year !== null) {
    conditions.push('i.year = @year');
    params['year'] = query.year;
    // A year's incidents lie within a range of ids (the year index gives its ends at once), and
    // the search index can jump straight to that range instead of reading other years' matches.
    if (ftsJoin) {
      conditions.push(
        's.rowid BETWEEN (SELECT min(id) FROM incident WHERE year = @year) AND (SELECT max(id) FROM incident WHERE year = @year)',
      );
    }
  }
  if (query.cause) {
    conditions.push('i.cause = @cause');
    params['cause'] = query.cause;
  }
  if (query.breachType) {
    // The bit is written into the SQL (it comes from the fixed list, never from input) so the
    // type's partial index, whose condition names the same bit, can answer it.
    conditions.push(`(i.breach_types & ${1 << BREACH_TYPES.indexOf(query.breachType)}) != 0`);
  }
  if (query.kind) {
    conditions.push('i.kind = @kind');
    params['kind'] = query.kind;
  }
  if (query.reported) conditions.push(query.reported === 'yes' ? 'i.reported_at IS NOT NULL' : 'i.reported_at IS NULL');
  if (query.deadline) {
    const deadlineStart = (hoursLeft: number) => new Date(now.getTime() - (ICO_DEADLINE_HOURS - hoursLeft) * HOUR_MS).toISOString();
    const clockRunning = clockPhaseSql('running', 'i');
    switch (query.deadline) {
      case 'not_started':
        conditions.push(clockPhaseSql('not_started', 'i'));
        break;
      case 'stopped':
        conditions.push(clockPhaseSql('stopped', 'i'));
        break;
      case 'not_required':
        conditions.push(clockPhaseSql('not_required', 'i'));
        break;
      case 'overdue':
        conditions.push(`${clockRunning} AND i.aware_at <= @overdueFrom`);
        params['overdueFrom'] = deadlineStart(0);
        break;
      case 'due_soon':
        conditions.push(`${clockRunning} AND i.aware_at > @overdueFrom AND i.aware_at <= @dueSoonFrom`);
        params['overdueFrom'] = deadlineStart(0);
        params['dueSoonFrom'] = deadlineStart(DUE_SOON_HOURS);
        break;
      case 'running':
        conditions.push(`${clockRunning} AND i.aware_at > @dueSoonFrom`);
        params['dueSoonFrom'] = deadlineStart(DUE_SOON_HOURS);
        break;
    }
  }
  // Search results newest-recorded first come straight off the full-text index in rowid order,
  // stopping after a page, rather than sorting every match of a common word.
  const searchInIndexOrder = ftsJoin !== '' && (query.sort === 'aware_desc' || query.sort === 'reference_desc');
  const searchInReferenceOrder = ftsJoin !== '' && query.sort === 'reference_asc';
  const indexes = ftsJoin ? { page: '', count: '' } : drivingIndexes(query);
  return {
    where: conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '',
    params,
    orderBy: searchInIndexOrder ? 's.rowid DESC' : searchInReferenceOrder ? 's.rowid ASC' : ORDER_BY[query.sort],
    ftsJoin,
    pageIndex: indexes.page,
    countIndex: indexes.count,
  };
}

/**
 * Which index answers a list, chosen here rather than left to the planner's statistics (which are
 * sampled, and wrong for a register whose statuses are nearly all "closed"): the page walks an
 * index in the order it is shown, stopping after a page, and the count reads the driving filter's
 * own index. With two filters, the first in DRIVING_ORDER drives and the other is tested per row.
 * Only the deadline states whose clocks run (a handful of incidents by their nature) and "not
 * started" sort their few matches by reference or last change instead of walking in that order.
 */
const DRIVING_ORDER = ['deadline', 'year', 'cause', 'status', 'breachType', 'reported'] as const;

const DEADLINE_INDEX: Record<DeadlineFilter, string> = {
  running: 'incident_running_clocks',
  due_soon: 'incident_running_clocks',
  overdue: 'incident_running_clocks',
  not_started: 'incident_clock_not_started',
  stopped: 'incident_reported_aware',
  not_required: 'incident_not_required_aware',
};
/** Deadline states with few incidents: their own index serves every sort. */
const SMALL_DEADLINE_STATES: readonly DeadlineFilter[] = ['running', 'due_soon', 'overdue', 'not_started'];

export function drivingIndexes(query: RegisterQuery): { page: string; count: string } {
  const driver = DRIVING_ORDER.find((name) => query[name] !== null) ?? null;
  const awareIndex = ((): string => {
    switch (driver) {
      case 'deadline':
        return DEADLINE_INDEX[query.deadline ?? 'running'];
      case 'year':
        return 'incident_by_year_aware';
      case 'cause':
        return 'incident_by_cause_aware';
      case 'status':
        return 'incident_by_status_aware';
      case 'breachType':
        return `incident_${query.breachType ?? 'confidentiality'}_aware`;
      case 'reported':
        return query.reported === 'yes' ? 'incident_reported_aware' : 'incident_unreported_aware';
      default:
        return 'incident_by_aware';
    }
  })();
  const count = driver === null ? '' : `INDEXED BY ${awareIndex}`;
  const small = driver === 'deadline' && query.deadline !== null && SMALL_DEADLINE_STATES.includes(query.deadline);
  if (query.sort === 'aware_desc' || query.sort === 'aware_asc' || small) return { page: `INDEXED BY ${awareIndex}`, count };
  if (query.sort === 'updated_desc') return { page: 'INDEXED BY incident_by_updated', count };
  // Reference order: a status, year or cause index keeps each value's incidents in id order; other
  // filters walk the table itself in id order.
  const byColumn = { year: 'incident_by_year', cause: 'incident_by_cause', status: 'incident_by_status' } as const;
  const column = driver === 'year' || driver === 'cause' || driver === 'status' ? byColumn[driver] : null;
  return { page: column ? `INDEXED BY ${column}` : 'NOT INDEXED', count };
}

/**
 * SQLite's tokenizer follows Unicode 6.1, where these were marks rather than letters, so it
 * splits a word at them. The index keeps no positions (0012), so a query word must be exactly
 * one of its words: a query split here the same way finds what was indexed, and never asks for
 * the phrase the index cannot answer. tests/integration/search-words.test.ts checks every code point.
 */
const SQLITE_WORD_BREAKS = /[\u19B0-\u19C0\u19C8\u19C9\u1CF2\u1CF3]/gu;

/**
 * Turns what the person typed into an FTS5 query: every word must appear (prefix match on
 * the last one, so results appear while typing). FTS syntax characters are never passed on.
 */
export function toFtsMatch(search: string): string | null {
  const words = foldForSearch(search).replace(SQLITE_WORD_BREAKS, ' ').match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  return words.map((word, index) => `"${word}"${index === words.length - 1 ? '*' : ''}`).join(' ');
}
