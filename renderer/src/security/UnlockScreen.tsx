import { useState } from 'react';
import type { FormEvent } from 'react';
import { PASSPHRASE_MIN } from '../../../shared/passphrase-limits';
import { lockedBecause } from '../../../shared/lock-reason';
import type { LockReason, SessionStatus } from '../../../shared/session';
import { useApi } from '../api/api-context';
import { RestoreSection } from './RestoreSection';
import { Field } from '../form-kit';

/** Asks for the register's passphrase; on first run, asks the person to choose one (twice). */
export function UnlockScreen(props: { isFirstRun: boolean; lockReason?: LockReason | undefined; onUnlocked: (s: SessionStatus) => void }) {
  const { isFirstRun, onUnlocked } = props;
  const api = useApi();
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (isFirstRun && passphrase !== confirmation) {
      setError('The two passphrases are different. Type the same one twice.');
      return;
    }
    setBusy(true);
    const result = await api.call('session:unlock', { passphrase });
    setBusy(false);
    if (result.ok) onUnlocked(result.value);
    else setError(result.error.issues?.[0]?.message ?? result.error.message);
  }

  return (
    <section aria-labelledby="unlock-heading" className="narrow">
      <h1 id="unlock-heading">{isFirstRun ? 'Choose a passphrase for the register' : 'Unlock the register'}</h1>
      <p className="lead">
        {isFirstRun
          ? `The register is encrypted. This computer has no key store Breachlog can use, so the passphrase is the only way in: use at least ${PASSPHRASE_MIN} characters and keep it somewhere safe. If it is lost, the register cannot be opened.`
          : `${props.lockReason ? `${lockedBecause(props.lockReason)} ` : ''}The register is encrypted. Enter its passphrase to open it.`}
      </p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Field id="passphrase" label="Passphrase" error={error} alert>
          {(control) => (
            <input
              type="password"
              autoComplete={isFirstRun ? 'new-password' : 'current-password'}
              value={passphrase}
              onChange={(event) => setPassphrase(event.target.value)}
              {...control}
            />
          )}
        </Field>
        {isFirstRun ? (
          <Field id="passphrase-confirmation" label="Type it again">
            {(control) => <input type="password" autoComplete="new-password" value={confirmation} onChange={(event) => setConfirmation(event.target.value)} {...control} />}
          </Field>
        ) : null}
        <div className="form-actions">
          <button className="button button-primary" type="submit" disabled={busy}>
            {isFirstRun ? 'Create the register' : 'Unlock'}
          </button>
        </div>
      </form>
      {isFirstRun ? null : (
        <details className="restore-instead">
          <summary>Cannot open it? Restore from a backup</summary>
          <RestoreSection mode={null} canChoosePaths onRestored={onUnlocked} />
        </details>
      )}
    </section>
  );
}
