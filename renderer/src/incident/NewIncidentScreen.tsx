import { EMPTY_INCIDENT_FIELDS } from '../../../shared/incident';
import { useApi } from '../api/api-context';
import { IncidentStepForm } from './IncidentStepForm';
import { useDraft } from './use-draft';
import { navigate, routeHref } from '../common/use-route';

const NEW_INCIDENT_DRAFT = 'new-incident';

/** The first few facts; the record gets its reference at once and the rest follows in steps. */
export function NewIncidentScreen() {
  const api = useApi();
  const draft = useDraft(NEW_INCIDENT_DRAFT);
  return (
    <section aria-labelledby="new-incident-heading">
      <h1 id="new-incident-heading">Record a breach</h1>
      <p className="lead">
        Start with what you know now; the rest follows step by step and you can come back to it. Times are UK time. Don’t
        type the names of the people affected — describe them instead (for example “12 customers”).
      </p>
      {draft === undefined ? (
        <p role="status">Loading…</p>
      ) : (
        <IncidentStepForm
          fieldNames={['title', 'awareAt', 'whatHappened']}
          current={EMPTY_INCIDENT_FIELDS}
          draftKey={NEW_INCIDENT_DRAFT}
          restoredDraft={draft}
          submitLabel="Save to the register"
          save={(changes) => api.call('incident:create', { ...changes, title: changes.title ?? '' })}
          // To the breach's page: its Next-step card and the countdown say what to do now.
          onSaved={(incident) => navigate({ screen: 'incident', id: incident.id })}
        >
          <a className="button" href={routeHref({ screen: 'register' })}>
            Cancel
          </a>
        </IncidentStepForm>
      )}
    </section>
  );
}
