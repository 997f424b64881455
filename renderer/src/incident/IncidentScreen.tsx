import { hasIcoClock } from '../../../shared/clock-running';
import { useEffect, useState } from 'react';
import type { Incident } from '../../../shared/incident';
import type { IncidentDocumentKind } from '../../../shared/documents/document-offer';
import { documentOffered } from '../../../shared/documents/document-offer';
import { INCIDENT_DOCUMENT_TITLES, STATUS_LABELS } from '../../../shared/labels';
import { KindPanel } from '../roles/KindPanel';
import { NoIcoClockPanel } from '../roles/NoIcoClockPanel';
import { RolePanel } from '../roles/RolePanel';

const INCIDENT_DOCUMENTS: readonly IncidentDocumentKind[] = ['ico-report', 'letter', 'controller-notice'];
import type { AppErrorShape } from '../../../shared/result';
import { useApi } from '../api/api-context';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel';
import { AssessmentPanel } from '../assessment/AssessmentPanel';
import { ClockPanel } from '../clock/ClockPanel';
import { TellingSection } from '../clock/TellingSection';
import { ErrorMessage } from '../common/ErrorMessage';
import { RecordSections } from './RecordSections';
import { RetentionRemoval } from './RetentionRemoval';
import { Timeline } from './Timeline';
import { UkDateTime } from '../common/UkDateTime';
import { StartAtSignInPrompt } from '../desktop/StartAtSignInPrompt';
import { downloadBase64 } from '../download';
import { useNow } from '../common/use-now';
import { routeHref } from '../common/use-route';
import { NextStepCard } from '../guide/NextStepCard';
import { useNextStep } from '../guide/use-next-step';

export function IncidentScreen({ id }: { id: number }) {
  const api = useApi();
  const now = useNow();
  const [incident, setIncident] = useState<Incident | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [saveMessage, setSaveMessage] = useState('');

  const [version, setVersion] = useState(0);
  const step = useNextStep(incident, now, version);

  useEffect(() => {
    void api.call('incident:get', { id }).then((result) => {
      if (result.ok) setIncident(result.value);
      else setError(result.error);
    });
  }, [api, id, version]);

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

  if (!incident) {
    return (
      <section aria-labelledby="incident-heading">
        <ErrorMessage error={error} />
        <h1 id="incident-heading">{error ? 'Incident not available' : 'Loading…'}</h1>
      </section>
    );
  }

  return (
    <section aria-labelledby="incident-heading">
      <p>
        <a href={routeHref({ screen: 'register' })}>← Back to the register</a>
      </p>
      <ErrorMessage error={error} />
      <h1 id="incident-heading">
        {incident.reference}: {incident.title}
      </h1>
      <NextStepCard incident={incident} step={step} />
      <dl className="incident-facts key-facts">
        <div className="fact">
          <dt>Status</dt>
          <dd>{STATUS_LABELS[incident.status]}</dd>
        </div>
        <div className="fact">
          <dt>Became aware</dt>
          <dd>{incident.awareAt ? <UkDateTime instant={incident.awareAt} /> : 'Not recorded yet'}</dd>
        </div>
        <div className="fact">
          <dt>Recorded</dt>
          <dd>
            <UkDateTime instant={incident.createdAt} />
          </dd>
        </div>
      </dl>
      <div className="form-actions">
        <a className="button" href={routeHref({ screen: 'edit-incident', id, step: 'what' })}>
          Continue the record
        </a>
        <button className="button" type="button" onClick={() => void savePdf()}>
          Save PDF summary
        </button>
        {documentOffered(incident, 'ico-report') && (
          <a className="button" href={routeHref({ screen: 'ico-companion', id })}>
            Report to the ICO
          </a>
        )}
        {INCIDENT_DOCUMENTS.filter((kind) => documentOffered(incident, kind)).map((kind) => (
          <a key={kind} className="button" href={routeHref({ screen: 'document', id, document: kind })}>
            {INCIDENT_DOCUMENT_TITLES[kind]}
          </a>
        ))}
      </div>
      <p role="status">{saveMessage}</p>
      <KindPanel incident={incident} onSaved={() => setVersion((v) => v + 1)} />
      {hasIcoClock(incident) ? (
        <ClockPanel incident={incident} now={now} onChanged={() => setVersion((v) => v + 1)} />
      ) : (
        <NoIcoClockPanel incident={incident} now={now} />
      )}
      {incident.kind === 'breach' ? <RolePanel incident={incident} onSaved={() => setVersion((v) => v + 1)} /> : null}
      <StartAtSignInPrompt incident={incident} />
      <AssessmentPanel incidentId={id} />
      {hasIcoClock(incident) ? <TellingSection incidentId={id} /> : null}
      <RecordSections incident={incident} />
      <AttachmentsPanel incidentId={id} onChanged={() => setVersion((v) => v + 1)} />
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Timeline</h2>
        <Timeline incidentId={id} refreshKey={version} />
      </section>
      <RetentionRemoval incident={incident} />
    </section>
  );
}
