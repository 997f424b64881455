import { useEffect, useState } from 'react';
import type { Reminder } from '../../../../shared/reminders';
import { reminderText } from '../../../../shared/reminders';
import { useApi } from '../../api/api-context';
import { routeHref } from '../../hooks/use-route';
import { useNow } from '../../hooks/use-now';

const POLL_MS = 15_000;

/** Deadline reminders as banners at the top of every screen until dismissed (and missed ones at start). */
export function ReminderBanners() {
  const api = useApi();
  const [reminders, setReminders] = useState<Reminder[]>([]);
  const [tick, setTick] = useState(0);
  const now = useNow(30_000);

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
  return (
    <section className="reminder-banners" aria-label="Deadline reminders" aria-live="polite">
      {[...latest.values()].map((r) => (
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
    </section>
  );
}
