import { useState } from 'react';
import type { SecurityStatus } from '../../../../shared/contract/security-operations';
import { PASSPHRASE_MIN } from '../../../../shared/session';
import { useApi } from '../../api/api-context';
import type { Outcome } from './OutcomeMessage';
import { OutcomeMessage } from './OutcomeMessage';
import { PasswordField } from './PasswordField';

/**
 * A recovery passphrase, as well as or instead of the printed recovery key: each backup then has
 * a small recovery file beside it, and the pair restores on a new computer with the passphrase.
 */
export function RecoveryPassphraseForm({ status, onChanged }: { status: SecurityStatus; onChanged: (status: SecurityStatus) => void }) {
  const api = useApi();
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [message, setMessage] = useState<Outcome>(null);

  async function save() {
    if (passphrase !== again) {
      setMessage({ ok: false, text: 'The two passphrases are different. Type the same one twice.' });
      return;
    }
    const result = await api.call('security:set-recovery-passphrase', { passphrase });
    if (!result.ok) {
      setMessage({ ok: false, text: result.error.issues?.[0]?.message ?? result.error.message });
      return;
    }
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
      <PasswordField
        id="recovery-passphrase"
        label={`${status.recoveryPassphraseSet ? 'New recovery passphrase' : 'Recovery passphrase'} (at least ${PASSPHRASE_MIN} characters)`}
        value={passphrase}
        onChange={setPassphrase}
      />
      <PasswordField id="recovery-passphrase-again" label="Type the recovery passphrase again" value={again} onChange={setAgain} />
      <div className="form-actions">
        <button type="button" className="button" onClick={() => void save()}>
          {status.recoveryPassphraseSet ? 'Replace the recovery passphrase' : 'Set the recovery passphrase'}
        </button>
      </div>
      <OutcomeMessage outcome={message} />
    </div>
  );
}
