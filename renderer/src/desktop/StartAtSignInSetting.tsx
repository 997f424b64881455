import { useEffect, useState } from 'react';
import type { StartAtSignInChoice } from '../../../shared/start-at-sign-in';
import { useApi } from '../api/api-context';
import { RadioField } from '../form-kit';

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
      <RadioField
        id="start-at-sign-in"
        legend={<span className="visually-hidden">Start Breachlog when I sign in</span>}
        help={
          choice === 'unset'
            ? 'Not chosen yet: Breachlog starts when you sign in to this computer while a 72-hour clock is running, so reminders reach you after a restart.'
            : 'Breachlog starts in the tray or menu bar, without a window, so deadline reminders reach you after a restart.'
        }
        options={[
          { value: 'on', label: 'Start Breachlog when I sign in' },
          { value: 'off', label: 'Don’t start it when I sign in' },
        ]}
        value={choice === 'unset' ? null : choice}
        onChange={(value) => void choose(value)}
      />
      <p role="status">{message}</p>
    </>
  );
}
