import type { RegisterFilterState } from './RegisterFilters';

/*
 * The register's opening query, with no React and no schemas: the page's first script asks for
 * this page before the rest of the app has loaded.
 */
export const PAGE_SIZE = 50;

export const NO_FILTERS: RegisterFilterState = {
  search: '',
  status: null,
  year: null,
  cause: null,
  breachType: null,
  reported: null,
  deadline: null,
  kind: 'breach',
  sort: 'aware_desc',
};
