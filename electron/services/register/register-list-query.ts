import { clockPhaseSql } from '../../../shared/clock-running';
import { ICO_DEADLINE_HOURS, DUE_SOON_HOURS } from '../../../shared/deadline';
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
export function buildRegisterListSql(query: RegisterQuery, now: Date): { where: string; params: Record<string, unknown>; orderBy: string; ftsJoin: string } {
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
    conditions.push('(i.breach_types & @typeBit) != 0');
    params['typeBit'] = 1 << BREACH_TYPES.indexOf(query.breachType);
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
  return {
    where: conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '',
    params,
    orderBy: searchInIndexOrder ? 's.rowid DESC' : ORDER_BY[query.sort],
    ftsJoin,
  };
}

/**
 * Turns what the person typed into an FTS5 query: every word must appear (prefix match on
 * the last one, so results appear while typing). FTS syntax characters are never passed on.
 */
export function toFtsMatch(search: string): string | null {
  const words = foldForSearch(search).match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  return words.map((word, index) => `"${word}"${index === words.length - 1 ? '*' : ''}`).join(' ');
}
