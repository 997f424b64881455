import { useEffect, useRef, useState } from 'react';
import type { AssessmentVersion } from '../../../shared/assessment-record';
import type { Incident } from '../../../shared/incident';
import { useApi } from '../api/api-context';
import { AssessmentPanel } from './AssessmentPanel';
import { NextStepCard } from '../guide/NextStepCard';
import { useNextStep } from '../guide/use-next-step';
import { useNow } from '../common/use-now';
import { routeHref } from '../common/use-route';

/** After saving: says so, leads on to the breach's next step, and shows the decision as the incident page does. */
export function SavedStep({ incident, version }: { incident: Incident; version: AssessmentVersion }) {
  const api = useApi();
  const now = useNow(30_000);
  const heading = useRef<HTMLHeadingElement>(null);
  // The record as it stands after the save: the decision changes which step comes next.
  const [current, setCurrent] = useState<Incident>(incident);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    void api.call('incident:get', { id: incident.id }).then((result) => {
      if (result.ok) setCurrent(result.value);
    });
  }, [api, incident.id, version.version]);
  const step = useNextStep(current, now, version.version);
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        Assessment saved
      </h1>
      <p role="status">
        Version {version.version} of the assessment of {incident.reference} is saved, with the advice and your decision.
      </p>
      <NextStepCard incident={current} step={step} />
      <AssessmentPanel incidentId={incident.id} />
      <p>
        <a href={routeHref({ screen: 'incident', id: incident.id })}>Back to {incident.reference}</a>
      </p>
    </>
  );
}
