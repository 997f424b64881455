import { CLOCK_STATE_LABELS, clockState, describeClock } from '../../../shared/deadline';
import type { Incident } from '../../../shared/incident';
import { UkDateTime } from '../common/UkDateTime';
import { useRegime } from './use-regime';

/** In place of the 72-hour ICO clock, for a near miss (no clock) and for a processor (tell the controller). */
export function NoIcoClockPanel({ incident, now }: { incident: Incident; now: Date }) {
  const regime = useRegime();
  const clock = clockState(incident, now, regime);
  return (
    <section aria-labelledby="clock-heading" className={`record-section clock-panel clock-${clock.state}`}>
      <h2 id="clock-heading">Clock: {CLOCK_STATE_LABELS[clock.state]}</h2>
      <p className="clock-summary">{describeClock(clock)}</p>
      {incident.role === 'processor' && incident.kind === 'breach' ? (
        <p className="help">
          {regime.processorRule} ({regime.processorCitation})
        </p>
      ) : null}
      {incident.role === 'processor' && incident.kind === 'breach' ? (
        <p>
          {incident.controllerToldAt ? (
            <>
              You told {incident.controllerName || 'the controller'} on <UkDateTime instant={incident.controllerToldAt} />. Their 72 hours
              to decide on the ICO normally run from then.
            </>
          ) : (
            <>There is no 72-hour ICO countdown for a processor: tell the controller now, with the notice below, and record when you did.</>
          )}
        </p>
      ) : null}
    </section>
  );
}
