import type { Incident } from '../../../shared/incident';
import { NEXT_STEP_COUNT } from '../../../shared/next-step';
import type { NextStep } from '../../../shared/next-step';
import { nextStepHref } from './next-step-href';
import './guide.css';

/**
 * The breach's one next step, first on its page: what to do, why, the ICO deadline and the
 * time left (coloured as it nears), and the one primary button that does it.
 */
export function NextStepCard({ incident, step }: { incident: Incident; step: NextStep | null }) {
  if (!step) return <p role="status">Working out the next step…</p>;
  return (
    <section className={`next-step next-step-${step.urgency}`} aria-labelledby="next-step-heading">
      <p className="next-step-label">
        Next step{step.number !== null ? ` (${step.number} of ${NEXT_STEP_COUNT})` : ''}
      </p>
      <h2 id="next-step-heading">{step.heading}</h2>
      {step.deadlineLine ? <p className="next-step-deadline">{step.deadlineLine}</p> : null}
      <p>{step.explanation}</p>
      {step.action ? (
        <a className="button button-primary next-step-action" href={nextStepHref(incident.id, step.target)}>
          {step.action}
        </a>
      ) : null}
    </section>
  );
}
