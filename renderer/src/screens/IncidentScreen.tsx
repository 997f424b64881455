import { useEffect, useState } from 'react';
import { icoDeadline } from '../../../shared/deadline';
import type { Incident } from '../../../shared/incident';
import type { AppErrorShape } from '../../../shared/result';
import { useApi } from '../api/api-context';
import { DeadlineCountdown } from '../components/DeadlineCountdown';
import { ErrorMessage } from '../components/ErrorMessage';
import { UkDateTime } from '../components/UkDateTime';
import { downloadBase64 } from '../download';
import { useNow } from '../hooks/use-now';
import { routeHref } from '../hooks/use-route';

export function IncidentScreen({ id }: { id: number }) {
  const api = useApi();
  const now = useNow();
  const [incident, setIncident] = useState<Incident | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [saveMessage, setSaveMessage] = useState('');

  useEffect(() => {
    void api.call('incident:get', { id }).then((result) => {
      if (result.ok) setIncident(result.value);
      else setError(result.error);
    });
  }, [api, id]);

  async function savePdf() {
    setSaveMessage('Making the PDF…');
    const result = await api.call('report:summary-pdf', { id });
    if (!result.ok) {
      setSaveMessage('');
      setError(result.error);
      return;
    }
    const saved = result.value;
    if (saved.status === 'download') {
      downloadBase64(saved.fileName, saved.base64, 'application/pdf');
      setSaveMessage(`Downloaded “${saved.fileName}”.`);
    } else if (saved.status === 'saved') {
      setSaveMessage(`Saved to ${saved.path}.`);
    } else {
      setSaveMessage('Not saved.');
    }
  }

  return (
    <section aria-labelledby="incident-heading">
      <p>
        <a href={routeHref({ screen: 'register' })}>← Back to the register</a>
      </p>
      <ErrorMessage error={error} />
      {incident ? (
        <>
          <h1 id="incident-heading">
            {incident.reference}: {incident.title}
          </h1>
          <dl className="incident-facts">
            <dt>Became aware</dt>
            <dd>
              <UkDateTime instant={incident.awareAt} />
            </dd>
            <dt>ICO deadline (72 hours)</dt>
            <dd>
              <UkDateTime instant={icoDeadline(new Date(incident.awareAt))} />
            </dd>
            <dt>Time left</dt>
            <dd>
              <DeadlineCountdown awareAt={incident.awareAt} now={now} />
            </dd>
            <dt>When it happened</dt>
            <dd>{incident.occurredAt ? <UkDateTime instant={incident.occurredAt} /> : 'Not yet known'}</dd>
            <dt>Recorded</dt>
            <dd>
              <UkDateTime instant={incident.createdAt} />
            </dd>
          </dl>
          <h2>What happened</h2>
          <p className="description">{incident.description || 'Not yet described.'}</p>
          <div className="form-actions">
            <button className="button button-primary" type="button" onClick={() => void savePdf()}>
              Save PDF summary
            </button>
          </div>
          <p role="status">{saveMessage}</p>
        </>
      ) : !error ? (
        <h1 id="incident-heading">Loading…</h1>
      ) : (
        <h1 id="incident-heading">Incident not available</h1>
      )}
    </section>
  );
}
