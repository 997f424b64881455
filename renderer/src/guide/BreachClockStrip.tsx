import type { Incident } from '../../../shared/incident';
import { CLOCK_STATE_LABELS, clockState } from '../../../shared/deadline';
import { describeDeadline } from '../../../shared/next-step';
import { displayZone } from '../display-zone';
import { useNow } from '../common/use-now';
import './guide.css';

/** The ICO deadline and the time left, on every screen that works on one breach. */
export function BreachClockStrip({ incident }: { incident: Incident }) {
  const now = useNow(30_000);
  const clock = clockState(incident, now);
  const line = describeDeadline(clock, displayZone());
  const text =
    line ??
    (clock.state === 'not_started'
      ? 'The 72-hour clock has not started: record when you became aware.'
      : `72-hour clock: ${CLOCK_STATE_LABELS[clock.state]}`);
  const urgency = clock.state === 'overdue' ? 'overdue' : clock.state === 'due_soon' ? 'due_soon' : 'calm';
  return (
    <p className={`clock-strip next-step-${urgency}`}>
      <strong>{incident.reference}</strong> · {text}
    </p>
  );
}
