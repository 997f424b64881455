import { countdown, describeCountdown } from '../../../shared/deadline';

const STATE_LABEL = { running: 'Running', due_soon: 'Due soon', overdue: 'Overdue' } as const;

/** Time left to the 72-hour ICO deadline, recomputed from the wall clock on every render. */
export function DeadlineCountdown({ awareAt, now }: { awareAt: string; now: Date }) {
  const clock = countdown(new Date(awareAt), now);
  return (
    <span className={`countdown countdown-${clock.state}`}>
      <span className="countdown-state">{STATE_LABEL[clock.state]}</span> {describeCountdown(clock)}
    </span>
  );
}
