import { useEffect, useState } from 'react';
import type { StartAtSignInChoice } from '../../../shared/start-at-sign-in';
import { useApi } from '../api/api-context';

/** The Settings screen's "Start Breachlog when I sign in"; saved as soon as it is chosen. */
export function StartAtSignInSetting() {
  const api = useApi();
  const [choice, setChoice] = useState<StartAtSignInChoice | null>(null);
  const [message, setMessage] = useState('');

  useEffect(() => {
    void api.call('startup:get-choice', {}).then((result) => {
      if (result.ok) setChoice(result.value.choice);
    });
  }, [api]);

  async function choose(next: 'on' | 'off') {
    const before = choice;
    setChoice(next);
    setMessage('');
    const result = await api.call('startup:set-choice', { choice: next });
    setChoice(result.ok ? result.value.choice : before);
    setMessage(result.ok ? 'Saved.' : result.error.message);
  }

  return (
    <>
      <h2 id="start-at-sign-in-setting">Start when I sign in</h2>
      <fieldset className="form-field choice-group" aria-describedby="start-at-sign-in-help">
        <legend className="visually-hidden">Start Breachlog when I sign in</legend>
        <p id="start-at-sign-in-help" className="help">
          {choice === 'unset'
            ? 'Not chosen yet: Breachlog starts when you sign in to this computer while a 72-hour clock is running, so reminders reach you after a restart.'
            : 'Breachlog starts in the tray or menu bar, without a window, so deadline reminders reach you after a restart.'}
        </p>
        <div className="choices">
          <label className="choice">
            <input type="radio" name="start-at-sign-in" checked={choice === 'on'} onChange={() => void choose('on')} /> Start Breachlog
            when I sign in
          </label>
          <label className="choice">
            <input type="radio" name="start-at-sign-in" checked={choice === 'off'} onChange={() => void choose('off')} /> Don’t start it
            when I sign in
          </label>
        </div>
      </fieldset>
      <p role="status">{message}</p>
    </>
  );
}
