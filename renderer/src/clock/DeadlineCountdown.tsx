import type { ClockInput } from '../../../shared/deadline';
import { CLOCK_STATE_LABELS, clockDetail, clockState } from '../../../shared/deadline';

/** The 72-hour clock's state and time left, recomputed from the wall clock on every render. */
export function DeadlineCountdown({ incident, now }: { incident: ClockInput; now: Date }) {
  const clock = clockState(incident, now);
  return (
    <span className={`countdown countdown-${clock.state}`}>
      <span className="countdown-state">{CLOCK_STATE_LABELS[clock.state]}</span> {clockDetail(clock)}
    </span>
  );
}
