import type { IncidentKind } from '../../../shared/incident-role';
import { INCIDENT_KIND_LABELS, INCIDENT_KIND_PLURAL } from '../../../shared/labels';
import { useEffect, useRef, useState } from 'react';
import type { AppErrorShape } from '../../../shared/result';
import type { RegisterPage } from '../../../shared/register-query';
import { useApi } from '../api/api-context';
import { BackupReminder } from '../security/BackupReminder';
import { OrganisationPrompt } from '../documents/OrganisationPrompt';
import { RecoveryPrompt } from '../security/RecoveryPrompt';
import { UnlockCheckBanner } from '../verify/UnlockCheckBanner';
import { RunningClocks } from '../clock/RunningClocks';
import { ErrorMessage } from '../common/ErrorMessage';
import { useNow } from '../common/use-now';
import type { RegisterFilterState } from './RegisterFilters';
import { RegisterFilters } from './RegisterFilters';
import { NO_FILTERS, PAGE_SIZE } from './register-defaults';
import { RegisterTable } from './RegisterTable';

const SEARCH_DELAY_MS = 250;

/**
 * The register: search, filters and the list of breaches. Beside a breach's page on a wide
 * screen (`selectedId` marks its row; the intro and setup notices are left to the full view).
 */
export function RegisterScreen({ selectedId = null, besideBreach = false }: { selectedId?: number | null; besideBreach?: boolean }) {
  const api = useApi();
  const now = useNow();
  const [filters, setFilters] = useState<RegisterFilterState>(NO_FILTERS);
  const [offset, setOffset] = useState(0);
  // The first page and the years, when they came back with the page's start-up requests, are shown in the first render.
  const [early] = useState(() => ({ page: api.answered('incident:list', { ...NO_FILTERS, offset: 0, limit: PAGE_SIZE }), years: api.answered('register:years', {}) }));
  const [page, setPage] = useState<RegisterPage | null>(early.page?.ok ? early.page.value : null);
  const [years, setYears] = useState<number[]>(early.years?.ok ? early.years.value : []);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const firstPageInHand = useRef(early.page?.ok === true);

  useEffect(() => {
    if (early.years?.ok) return;
    void api.call('register:years', {}).then((result) => {
      if (result.ok) setYears(result.value);
    });
  }, [api, early]);

  useEffect(() => {
    if (firstPageInHand.current) {
      firstPageInHand.current = false;
      return;
    }
    // Wait for a pause in typing before searching; other filters apply at once.
    const timer = window.setTimeout(
      () => {
        void api.call('incident:list', { ...filters, offset, limit: PAGE_SIZE }).then((result) => {
          if (result.ok) {
            setPage(result.value);
            setError(null);
          } else setError(result.error);
        });
      },
      filters.search ? SEARCH_DELAY_MS : 0,
    );
    return () => window.clearTimeout(timer);
  }, [api, filters, offset]);

  const filtered = JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);
  const shownTo = page ? Math.min(offset + PAGE_SIZE, page.total) : 0;

  return (
    <section aria-labelledby="register-heading" className="register-screen">
      <div className="screen-heading">
        {besideBreach ? <h2 id="register-heading">Breach register</h2> : <h1 id="register-heading">Breach register</h1>}
      </div>
      {besideBreach ? null : (
        <p className="lead">
          Every personal data breach belongs here, whether or not it is reported. If a breach must be reported, the ICO
          needs to hear within 72 hours of your organisation becoming aware of it — nights and weekends included.
        </p>
      )}
      <UnlockCheckBanner />
      <RunningClocks now={now} />
      {besideBreach ? null : (
        <div className="setup-notices">
          <OrganisationPrompt />
          <RecoveryPrompt />
          <BackupReminder />
        </div>
      )}
      <RegisterFilters
        filters={filters}
        years={years}
        onChange={(next) => {
          setFilters(next);
          setOffset(0);
        }}
      />
      <ErrorMessage error={error} />
      {page === null && !error ? <p role="status">Loading the register…</p> : null}
      <p role="status" className="result-count">
        {page === null
          ? ''
          : page.total === 0
            ? filtered
              ? `No ${countNoun(filters.kind, 2)} match these filters.`
              : 'No breaches recorded yet.'
            : `Showing ${offset + 1}–${shownTo} of ${page.totalIsAtLeast ? 'more than ' : ''}${page.total.toLocaleString('en-GB')} ${countNoun(filters.kind, page.total)}${filters.search && (filters.sort === 'aware_desc' || filters.sort === 'reference_desc') ? ', most recently recorded first' : ''}`}
      </p>
      {page && page.items.length > 0 ? <RegisterTable items={page.items} now={now} selectedId={selectedId} /> : null}
      {page && page.total > PAGE_SIZE ? (
        <nav className="pager" aria-label="Pages of the register">
          <button type="button" className="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
            Previous {PAGE_SIZE}
          </button>
          <button type="button" className="button" disabled={shownTo >= page.total} onClick={() => setOffset(offset + PAGE_SIZE)}>
            Next {PAGE_SIZE}
          </button>
        </nav>
      ) : null}
    </section>
  );
}

/** "breaches", "near misses" or "records": near misses are never counted as breaches. */
function countNoun(kind: IncidentKind | null, count: number): string {
  if (kind === null) return count === 1 ? 'record' : 'records (breaches and near misses)';
  return count === 1 ? INCIDENT_KIND_LABELS[kind].toLowerCase() : INCIDENT_KIND_PLURAL[kind];
}
