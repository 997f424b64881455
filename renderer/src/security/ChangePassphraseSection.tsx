import { useState } from 'react';
import type { SessionStatus } from '../../../shared/session';
import { PASSPHRASE_MIN } from '../../../shared/passphrase-limits';
import { useApi } from '../api/api-context';
import type { Outcome } from './OutcomeMessage';
import { OutcomeMessage } from './OutcomeMessage';
import { PasswordField } from './PasswordField';

/**
 * Changes the passphrase. A passphrase-only register is re-encrypted (a crash half-way leaves the
 * old one working); with the key store as well, only the sealed key in the key store changes.
 */
export function ChangePassphraseSection({ onChanged, sealsKey }: { onChanged: (session: SessionStatus) => void; sealsKey: boolean }) {
  const api = useApi();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [message, setMessage] = useState<Outcome>(null);
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
      setMessage({
        ok: true,
        text: sealsKey
          ? 'The passphrase has been changed. Backups still open with this computer or the recovery key, as before.'
          : 'The passphrase has been changed. Backups made before now still need the old one.',
      });
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
      <OutcomeMessage outcome={message} />
    </section>
  );
}
