import { useEffect, useRef } from 'react';
import type { AssessmentVersion } from '../../../../shared/assessment-record';
import type { Incident } from '../../../../shared/incident';
import { AssessmentPanel } from '../../components/assessment/AssessmentPanel';
import { routeHref } from '../../hooks/use-route';

/** After saving: says so, and shows the decision as the incident page does. */
export function SavedStep({ incident, version }: { incident: Incident; version: AssessmentVersion }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        Assessment saved
      </h1>
      <p role="status">
        Version {version.version} of the assessment of {incident.reference} is saved, with the advice and your decision.
      </p>
      <AssessmentPanel incidentId={incident.id} />
      <p>
        <a className="button button-primary" href={routeHref({ screen: 'incident', id: incident.id })}>
          Back to {incident.reference}
        </a>
      </p>
    </>
  );
}
