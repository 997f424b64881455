import { useEffect, useState } from 'react';
import type { Incident, IncidentFields } from '../../../shared/incident';
import { INCIDENT_FIELD_NAMES } from '../../../shared/incident';
import type { AppErrorShape } from '../../../shared/result';
import { useApi } from '../api/api-context';
import { ErrorMessage } from '../common/ErrorMessage';
import { IncidentStepForm } from './IncidentStepForm';
import { INCIDENT_STEPS, findStep } from './incident-steps';
import { useDraft } from './use-draft';
import { navigate, routeHref } from '../common/use-route';
import { BreachClockStrip } from '../guide/BreachClockStrip';

function recordFields(incident: Incident): IncidentFields {
  return Object.fromEntries(INCIDENT_FIELD_NAMES.map((name) => [name, incident[name]])) as IncidentFields;
}

/** One step of the record; saving moves on to the next step. */
export function EditIncidentScreen({ id, stepId, guided = false }: { id: number; stepId: string; guided?: boolean }) {
  const api = useApi();
  const step = findStep(stepId) ?? INCIDENT_STEPS[0];
  const stepIndex = INCIDENT_STEPS.indexOf(step);
  const next = INCIDENT_STEPS[stepIndex + 1];
  const draftKey = `incident:${id}:${step.id}`;
  const draft = useDraft(draftKey);
  const [incident, setIncident] = useState<Incident | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);

  useEffect(() => {
    void api.call('incident:get', { id }).then((result) => {
      if (result.ok) setIncident(result.value);
      else setError(result.error);
    });
  }, [api, id]);

  return (
    <section aria-labelledby="edit-heading">
      <p>
        <a href={routeHref({ screen: 'incident', id })}>← Back to the record</a>
      </p>
      <ErrorMessage error={error} />
      {incident ? <BreachClockStrip incident={incident} /> : null}
      <nav aria-label="Steps of the record">
        <ol className="steps">
          {INCIDENT_STEPS.map((s, index) => (
            <li key={s.id}>
              <a href={routeHref({ screen: 'edit-incident', id, step: s.id })} aria-current={s.id === step.id ? 'step' : undefined}>
                {index + 1}. {s.title}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <h1 id="edit-heading">
        Step {stepIndex + 1} of {INCIDENT_STEPS.length}: {step.title}
        {incident ? <span className="heading-reference"> — {incident.reference}</span> : null}
      </h1>
      <p className="lead">{step.intro}</p>
      {incident && draft !== undefined ? (
        <IncidentStepForm
          key={step.id}
          fieldNames={step.fields}
          current={recordFields(incident)}
          draftKey={draftKey}
          restoredDraft={draft}
          submitLabel={guided ? 'Save' : next ? 'Save and continue' : 'Save and finish'}
          save={(changes) => api.call('incident:update', { id, changes })}
          // From the Next-step card: back to the card, which then shows the step after this one.
          onSaved={() => navigate(next && !guided ? { screen: 'edit-incident', id, step: next.id } : { screen: 'incident', id })}
        />
      ) : !error ? (
        <p role="status">Loading…</p>
      ) : null}
    </section>
  );
}
