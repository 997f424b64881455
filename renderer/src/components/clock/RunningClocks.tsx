import { useEffect, useState } from 'react';
import type { IncidentSummary } from '../../../../shared/register-query';
import { useApi } from '../../api/api-context';
import { routeHref } from '../../hooks/use-route';
import { DeadlineCountdown } from '../DeadlineCountdown';
import { UkDateTime } from '../UkDateTime';
import { icoDeadline } from '../../../../shared/deadline';

/** The home view's first panel: every clock still running, most urgent on top. */
export function RunningClocks({ now }: { now: Date }) {
  const api = useApi();
  const [clocks, setClocks] = useState<IncidentSummary[]>([]);
  useEffect(() => {
    void api.call('clock:running', {}).then((result) => {
      if (result.ok) setClocks(result.value);
    });
  }, [api]);
  if (clocks.length === 0) return null;
  return (
    <section aria-labelledby="running-heading" className="running-clocks">
      <h2 id="running-heading">Clocks running — most urgent first</h2>
      <ul>
        {clocks.map((c) => (
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
    </section>
  );
}
