/** The register's deadline filter, apart from the query's schema so the filter bar needs no schema library. */
export const DEADLINE_FILTERS = ['not_started', 'running', 'due_soon', 'overdue', 'stopped', 'not_required'] as const;
export type DeadlineFilter = (typeof DEADLINE_FILTERS)[number];
