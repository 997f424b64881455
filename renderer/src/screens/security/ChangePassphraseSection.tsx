import { useState } from 'react';
import type { SessionStatus } from '../../../../shared/session';
import { PASSPHRASE_MIN } from '../../../../shared/session';
import { useApi } from '../../api/api-context';

/** Re-encrypts the register under a new passphrase; a crash half-way leaves the old one working. */
export function ChangePassphraseSection({ onChanged }: { onChanged: (session: SessionStatus) => void }) {
  const api = useApi();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function change() {
    if (next !== again) {
      setMessage({ ok: false, text: 'The two new passphrases are different. Type the same one twice.' });
      return;
    }
    setBusy(true);
    const result = await api.call('security:change-passphrase', { current, next });
    setBusy(false);
    if (result.ok) {
      setCurrent('');
      setNext('');
      setAgain('');
      setMessage({ ok: true, text: 'The passphrase has been changed. Backups made before now still need the old one.' });
      onChanged(result.value);
    } else setMessage({ ok: false, text: result.error.issues?.[0]?.message ?? result.error.message });
  }

  return (
    <section aria-labelledby="passphrase-heading">
      <h2 id="passphrase-heading">Change the passphrase</h2>
      <PasswordField id="current-passphrase" label="Current passphrase" value={current} onChange={setCurrent} autoComplete="current-password" />
      <PasswordField id="new-passphrase" label={`New passphrase (at least ${PASSPHRASE_MIN} characters)`} value={next} onChange={setNext} />
      <PasswordField id="new-passphrase-again" label="Type the new passphrase again" value={again} onChange={setAgain} />
      <div className="form-actions">
        <button type="button" className="button" disabled={busy} onClick={() => void change()}>
          Change the passphrase
        </button>
      </div>
      {message ? (
        <p className={message.ok ? 'notice' : 'error-box'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      ) : null}
    </section>
  );
}

function PasswordField(props: { id: string; label: string; value: string; onChange: (value: string) => void; autoComplete?: string }) {
  return (
    <div className="form-field">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="password"
        autoComplete={props.autoComplete ?? 'new-password'}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </div>
  );
}
