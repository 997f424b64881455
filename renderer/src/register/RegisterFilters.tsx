import { useRef } from 'react';
import type { RegisterQueryInput } from '../../../shared/register-query';
import { DEADLINE_FILTERS } from '../../../shared/deadline-filters';
import { BREACH_TYPE_SHORT, CAUSE_LABELS, INCIDENT_KIND_PLURAL_TITLE, STATUS_LABELS } from '../../../shared/labels';
import { CLOCK_STATE_LABELS } from '../../../shared/deadline';
import { REGISTER_SEARCH_ID, useFocusWhenFound } from '../desktop/focus-search';
import { ariaShortcut, withShortcut } from '../shell/shortcuts';

export type RegisterFilterState = Required<Omit<RegisterQueryInput, 'offset' | 'limit'>>;


function Select<T extends string | number>(props: {
  id: string;
  label: string;
  value: T | null;
  options: readonly { value: T; label: string }[];
  onChange: (value: T | null) => void;
  allLabel?: string;
}) {
  return (
    <div className="filter">
      <label htmlFor={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value === null ? '' : String(props.value)}
        onChange={(event) => {
          const chosen = props.options.find((o) => String(o.value) === event.target.value);
          props.onChange(chosen ? chosen.value : null);
        }}
      >
        {props.allLabel !== undefined ? <option value="">{props.allLabel}</option> : null}
        {props.options.map((o) => (
          <option key={String(o.value)} value={String(o.value)}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

const entries = <K extends string>(labels: Record<K, string>) =>
  (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));

/** Search, filters and sort for the register; every change goes straight to the list. */
export function RegisterFilters(props: {
  filters: RegisterFilterState;
  years: number[];
  onChange: (next: RegisterFilterState) => void;
}) {
  const { filters, onChange } = props;
  const searchBox = useRef<HTMLInputElement>(null);
  useFocusWhenFound(searchBox);
  const set =
    <K extends keyof RegisterFilterState>(key: K) =>
    (value: RegisterFilterState[K]) =>
      onChange({ ...filters, [key]: value });
  return (
    <div className="register-filters" role="search" aria-label="Search and filter the register">
      <div className="filter filter-search">
        <label htmlFor="register-search">Search</label>
        <input
          ref={searchBox}
          id={REGISTER_SEARCH_ID}
          type="search"
          value={filters.search}
          placeholder="Words from any part of the record"
          title={withShortcut('Search the register', 'search')}
          aria-keyshortcuts={ariaShortcut('search')}
          onChange={(event) => set('search')(event.target.value)}
        />
      </div>
      <Select id="filter-status" label="Status" allLabel="Any status" value={filters.status} options={entries(STATUS_LABELS)} onChange={set('status')} />
      <Select id="filter-year" label="Year" allLabel="Any year" value={filters.year} options={props.years.map((y) => ({ value: y, label: String(y) }))} onChange={set('year')} />
      <Select id="filter-cause" label="Cause" allLabel="Any cause" value={filters.cause} options={entries(CAUSE_LABELS)} onChange={set('cause')} />
      <Select id="filter-type" label="Type" allLabel="Any type" value={filters.breachType} options={entries(BREACH_TYPE_SHORT)} onChange={set('breachType')} />
      <Select
        id="filter-reported"
        label="Reported to the ICO"
        allLabel="Either"
        value={filters.reported}
        options={[
          { value: 'yes' as const, label: 'Reported' },
          { value: 'no' as const, label: 'Not reported' },
        ]}
        onChange={set('reported')}
      />
      <Select id="filter-deadline" label="Deadline" allLabel="Any" value={filters.deadline} options={DEADLINE_FILTERS.map((value) => ({ value, label: CLOCK_STATE_LABELS[value] }))} onChange={set('deadline')} />
      <Select id="filter-kind" label="Breaches or near misses" allLabel="Breaches and near misses" value={filters.kind} options={entries(INCIDENT_KIND_PLURAL_TITLE)} onChange={set('kind')} />
      <Select
        id="register-sort"
        label="Sort by"
        value={filters.sort}
        options={[
          { value: 'aware_desc' as const, label: 'Became aware: newest first' },
          { value: 'aware_asc' as const, label: 'Became aware: oldest first' },
          { value: 'reference_desc' as const, label: 'Reference: newest first' },
          { value: 'reference_asc' as const, label: 'Reference: oldest first' },
          { value: 'updated_desc' as const, label: 'Last changed' },
        ]}
        onChange={(value) => set('sort')(value ?? 'aware_desc')}
      />
    </div>
  );
}
