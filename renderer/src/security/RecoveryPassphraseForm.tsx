import { useState } from 'react';
import type { SecurityStatus } from '../../../shared/contract/security-operations';
import { PASSPHRASE_MIN } from '../../../shared/passphrase-limits';
import { useApi } from '../api/api-context';
import type { Outcome } from './OutcomeMessage';
import { OutcomeMessage } from './OutcomeMessage';
import { PasswordField } from './PasswordField';

/**
 * A recovery passphrase, as well as or instead of the printed recovery key: each backup then has
 * a small recovery file beside it, and the pair restores on a new computer with the passphrase.
 */
export function RecoveryPassphraseForm({ status, onChanged }: { status: SecurityStatus; onChanged: (status: SecurityStatus) => void }) {
  const api = useApi();
  const [current, setCurrent] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  // With a passphrase on top of the key store, setting a way in needs that passphrase too.
  const needsCurrent = status.mode === 'key-store-and-passphrase';
  const [again, setAgain] = useState('');
  const [message, setMessage] = useState<Outcome>(null);

  async function save() {
    if (passphrase !== again) {
      setMessage({ ok: false, text: 'The two passphrases are different. Type the same one twice.' });
      return;
    }
    setBusy(true);
    const result = await api.call('security:set-recovery-passphrase', { passphrase, ...(needsCurrent ? { current } : {}) });
    setBusy(false);
    if (!result.ok) {
      setMessage({ ok: false, text: result.error.issues?.[0]?.message ?? result.error.message });
      return;
    }
    setCurrent('');
    setPassphrase('');
    setAgain('');
    setMessage({ ok: true, text: 'Recovery passphrase set. Make a backup now: backups from now on have a recovery file beside them.' });
    onChanged(result.value);
  }

  return (
    <div>
      <h3>Recovery passphrase</h3>
      <p className="help">
        {status.recoveryPassphraseSet
          ? 'A recovery passphrase is set. Each backup has a file ending “.recovery” beside it: copy the two together.'
          : 'Instead of (or as well as) the recovery key, choose a passphrase that restores your backups on a new computer.'}
      </p>
      {needsCurrent ? (
        <PasswordField id="recovery-current-passphrase" label="The register’s passphrase" value={current} onChange={setCurrent} autoComplete="current-password" />
      ) : null}
      <PasswordField
        id="recovery-passphrase"
        label={`${status.recoveryPassphraseSet ? 'New recovery passphrase' : 'Recovery passphrase'} (at least ${PASSPHRASE_MIN} characters)`}
        value={passphrase}
        onChange={setPassphrase}
      />
      <PasswordField id="recovery-passphrase-again" label="Type the recovery passphrase again" value={again} onChange={setAgain} />
      <div className="form-actions">
        <button type="button" className="button" disabled={busy} onClick={() => void save()}>
          {status.recoveryPassphraseSet ? 'Replace the recovery passphrase' : 'Set the recovery passphrase'}
        </button>
      </div>
      <OutcomeMessage outcome={message} />
    </div>
  );
}
