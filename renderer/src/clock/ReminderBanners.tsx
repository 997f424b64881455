import { useEffect, useState } from 'react';
import type { Reminder } from '../../../shared/reminders';
import { reminderText } from '../../../shared/reminder-text';
import { useApi } from '../api/api-context';
import { routeHref } from '../common/use-route';
import { useNow } from '../common/use-now';

const POLL_MS = 15_000;
/** More banners than this would push the screen's own content out of sight: the rest wait behind "Show all". */
const BANNERS_AT_FIRST = 2;

/** Deadline reminders as banners at the top of every screen until dismissed (and missed ones at start). */
export function ReminderBanners() {
  const api = useApi();
  const [reminders, setReminders] = useState<Reminder[]>([]);
  const [tick, setTick] = useState(0);
  const now = useNow(30_000);
  const [showAll, setShowAll] = useState(false);

  useEffect(() => {
    void api.call('reminder:unseen', {}).then((result) => {
      if (result.ok) setReminders(result.value);
    });
    const timer = window.setTimeout(() => setTick((t) => t + 1), POLL_MS);
    return () => window.clearTimeout(timer);
  }, [api, tick]);

  // One banner per incident: its most urgent reminder.
  const latest = new Map<number, Reminder>();
  for (const r of reminders) {
    const seen = latest.get(r.incidentId);
    if (!seen || r.hoursLeft < seen.hoursLeft) latest.set(r.incidentId, r);
  }
  if (latest.size === 0) return null;
  const urgentFirst = [...latest.values()].sort((a, b) => a.hoursLeft - b.hoursLeft);
  const shown = showAll ? urgentFirst : urgentFirst.slice(0, BANNERS_AT_FIRST);
  return (
    <section className="reminder-banners" aria-label="Deadline reminders" aria-live="polite">
      {shown.map((r) => (
        <div key={r.incidentId} className={`reminder-banner${Date.parse(r.deadline) <= now.getTime() ? ' reminder-overdue' : ''}`}>
          <p>
            {r.missed ? <strong>Missed while Breachlog was closed: </strong> : null}
            <a href={routeHref({ screen: 'incident', id: r.incidentId })}>{reminderText(r, now)}</a>
          </p>
          <button
            type="button"
            className="button"
            onClick={() => {
              void api.call('reminder:dismiss', { incidentId: r.incidentId }).then(() => setTick((t) => t + 1));
            }}
          >
            Dismiss<span className="visually-hidden"> the reminder for {r.reference}</span>
          </button>
        </div>
      ))}
      {urgentFirst.length > BANNERS_AT_FIRST ? (
        <p className="reminder-more">
          <button type="button" className="link-button" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
            {showAll ? 'Show the most urgent reminders only' : `Show all ${urgentFirst.length} deadline reminders`}
          </button>
        </p>
      ) : null}
    </section>
  );
}
