import { useEffect, useState } from 'react';
import { isClockRunning } from '../../../shared/clock-running';
import type { Incident } from '../../../shared/incident';
import { useApi } from '../api/api-context';

/**
 * Offered on a breach's page once its 72-hour clock runs, until the person answers: starting at
 * sign-in is what lets the reminders reach them after the computer restarts.
 */
export function StartAtSignInPrompt({ incident }: { incident: Incident }) {
  const api = useApi();
  const [unanswered, setUnanswered] = useState(false);
  const running = isClockRunning(incident);

  useEffect(() => {
    if (!running) return;
    void api.call('startup:get-choice', {}).then((result) => setUnanswered(result.ok && result.value.choice === 'unset'));
  }, [api, running]);

  async function answer(choice: 'on' | 'off') {
    const result = await api.call('startup:set-choice', { choice });
    if (result.ok) setUnanswered(false);
  }

  if (!running || !unanswered) return null;
  return (
    <aside className="setup-prompt sign-in-prompt" aria-labelledby="start-at-sign-in-heading">
      <h2 id="start-at-sign-in-heading">
        Start Breachlog when you sign in?
      </h2>
      <p>
        While this clock runs, Breachlog starts when you sign in to this computer (in the tray or menu bar, with no window), so the
        deadline reminders still reach you after a restart. You can change this in Settings.
      </p>
      <div className="form-actions">
        <button type="button" className="button" onClick={() => void answer('on')}>
          Yes, start when I sign in
        </button>
        <button type="button" className="button" onClick={() => void answer('off')}>
          No, don’t start it
        </button>
      </div>
    </aside>
  );
}
