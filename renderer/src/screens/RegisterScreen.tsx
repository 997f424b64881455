import { useEffect, useState } from 'react';
import { icoDeadline } from '../../../shared/deadline';
import type { Incident } from '../../../shared/incident';
import type { AppErrorShape } from '../../../shared/result';
import { useApi } from '../api/api-context';
import { DeadlineCountdown } from '../components/DeadlineCountdown';
import { ErrorMessage } from '../components/ErrorMessage';
import { UkDateTime } from '../components/UkDateTime';
import { useNow } from '../hooks/use-now';
import { routeHref } from '../hooks/use-route';

export function RegisterScreen() {
  const api = useApi();
  const now = useNow();
  const [incidents, setIncidents] = useState<Incident[] | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);

  useEffect(() => {
    void api.call('incident:list', {}).then((result) => {
      if (result.ok) setIncidents(result.value);
      else setError(result.error);
    });
  }, [api]);

  return (
    <section aria-labelledby="register-heading">
      <div className="screen-heading">
        <h1 id="register-heading">Breach register</h1>
        <a className="button button-primary" href={routeHref({ screen: 'new-incident' })}>
          Record a breach
        </a>
      </div>
      <p className="lead">
        Every personal data breach belongs here, whether or not it is reported. If a breach must be reported, the ICO
        needs to hear within 72 hours of your organisation becoming aware of it — nights and weekends included.
      </p>
      <ErrorMessage error={error} />
      {incidents === null && !error ? <p role="status">Loading the register…</p> : null}
      {incidents?.length === 0 ? <p>No breaches recorded yet.</p> : null}
      {incidents && incidents.length > 0 ? (
        <table className="register-table">
          <caption className="visually-hidden">Recorded breaches, most recent first</caption>
          <thead>
            <tr>
              <th scope="col">Reference</th>
              <th scope="col">Title</th>
              <th scope="col">Became aware</th>
              <th scope="col">ICO deadline</th>
              <th scope="col">Time left</th>
            </tr>
          </thead>
          <tbody>
            {incidents.map((incident) => (
              <tr key={incident.id}>
                <td>
                  <a href={routeHref({ screen: 'incident', id: incident.id })}>{incident.reference}</a>
                </td>
                <td>{incident.title}</td>
                <td>
                  <UkDateTime instant={incident.awareAt} />
                </td>
                <td>
                  <UkDateTime instant={icoDeadline(new Date(incident.awareAt))} />
                </td>
                <td>
                  <DeadlineCountdown awareAt={incident.awareAt} now={now} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
