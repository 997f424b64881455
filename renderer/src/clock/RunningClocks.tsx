import { useEffect, useState } from 'react';
import type { IncidentSummary } from '../../../shared/register-query';
import { useApi } from '../api/api-context';
import { routeHref } from '../common/use-route';
import { DeadlineCountdown } from './DeadlineCountdown';
import { UkDateTime } from '../common/UkDateTime';
import { icoDeadline } from '../../../shared/deadline';

/** How many running clocks the panel lists before "Show all": the most urgent are the ones to act on. */
export const CLOCKS_SHOWN_AT_FIRST = 5;

/** The home view's first panel: the clocks still running, most urgent on top; the first few, then all on request. */
export function RunningClocks({ now }: { now: Date }) {
  const api = useApi();
  const [clocks, setClocks] = useState<IncidentSummary[]>([]);
  const [showAll, setShowAll] = useState(false);
  useEffect(() => {
    void api.call('clock:running', {}).then((result) => {
      if (result.ok) setClocks(result.value);
    });
  }, [api]);
  if (clocks.length === 0) return null;
  return (
    <section aria-labelledby="running-heading" className="running-clocks">
      <h2 id="running-heading">Clocks running — most urgent first</h2>
      <ul id="running-clocks-list">
        {(showAll ? clocks : clocks.slice(0, CLOCKS_SHOWN_AT_FIRST)).map((c) => (
          <li key={c.id}>
            <a href={routeHref({ screen: 'incident', id: c.id })}>
              {c.reference}: {c.title}
            </a>{' '}
            — <DeadlineCountdown incident={c} now={now} />
            {c.awareAt ? (
              <>
                {' '}
                (deadline <UkDateTime instant={icoDeadline(new Date(c.awareAt))} />)
              </>
            ) : null}
          </li>
        ))}
      </ul>
      {clocks.length > CLOCKS_SHOWN_AT_FIRST ? (
        <button type="button" className="link-button" aria-controls="running-clocks-list" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
          {showAll ? `Show the ${CLOCKS_SHOWN_AT_FIRST} most urgent only` : `Show all ${clocks.length} running clocks`}
        </button>
      ) : null}
    </section>
  );
}
