import { useEffect, useState } from 'react';
import type { AssessmentVersion, Prefill, Staleness } from '../../../shared/assessment-record';
import { prefillAnswers, recordBasisOf } from '../../../shared/assessment-record';
import type { Incident } from '../../../shared/incident';
import type { AppErrorShape } from '../../../shared/result';
import { useApi } from '../api/api-context';
import { ErrorMessage } from '../common/ErrorMessage';
import { routeHref } from '../common/use-route';
import { BreachClockStrip } from '../guide/BreachClockStrip';
import { AssessmentWizard } from './AssessmentWizard';
import { SavedStep } from './SavedStep';

interface Loaded {
  incident: Incident;
  prefill: Prefill;
  previous: AssessmentVersion | null;
  outOfDate: Staleness;
}

/** `#/incident/:id/assess`: the risk-assessment wizard for one incident, then its saved decision. */
export function AssessmentScreen({ id }: { id: number }) {
  const api = useApi();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [saved, setSaved] = useState<AssessmentVersion | null>(null);

  useEffect(() => {
    void Promise.all([api.call('incident:get', { id }), api.call('assessment:list', { incidentId: id })]).then(([incident, history]) => {
      if (!incident.ok) return setError(incident.error);
      if (!history.ok) return setError(history.error);
      setLoaded({
        incident: incident.value,
        prefill: prefillAnswers(recordBasisOf(incident.value)),
        previous: history.value.versions[0] ?? null,
        outOfDate: history.value.outOfDate,
      });
    });
  }, [api, id]);

  const backLink = (
    <p>
      <a href={routeHref({ screen: 'incident', id })}>← Back to {loaded ? loaded.incident.reference : 'the incident'}</a>
    </p>
  );

  if (!loaded) {
    return (
      <section aria-labelledby="assess-loading-heading">
        {backLink}
        <ErrorMessage error={error} />
        <h1 id="assess-loading-heading">{error ? 'Assessment not available' : 'Loading…'}</h1>
      </section>
    );
  }

  return (
    <div className="assess-screen">
      {backLink}
      <BreachClockStrip incident={loaded.incident} />
      <p className="assess-incident">
        {loaded.incident.reference}: {loaded.incident.title}
      </p>
      {loaded.outOfDate.stale && !saved ? (
        <div className="assess-stale" role="status">
          <strong>The last assessment is out of date.</strong> {loaded.outOfDate.reason} Your earlier answers are filled in;
          check each one.
        </div>
      ) : null}
      {saved ? (
        <SavedStep incident={loaded.incident} version={saved} />
      ) : (
        <AssessmentWizard incidentId={id} prefill={loaded.prefill} previous={loaded.previous} onSaved={setSaved} />
      )}
    </div>
  );
}
