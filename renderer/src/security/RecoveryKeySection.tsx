import { useRef, useState } from 'react';
import type { SecurityStatus } from '../../../shared/contract/security-operations';
import { useApi } from '../api/api-context';
import { UkDateTime } from '../common/UkDateTime';
import { printOnly } from '../desktop/print-only';
import { RecoveryPassphraseForm } from './RecoveryPassphraseForm';

/**
 * The recovery key for a new PC (key-store registers): the OS-wrapped key does not travel with a
 * backup. It is shown once, to print or write down. Passphrase registers need none.
 */
export function RecoveryKeySection({ status, onChanged }: { status: SecurityStatus; onChanged: (status?: SecurityStatus) => void }) {
  const api = useApi();
  const [recoveryKey, setRecoveryKey] = useState('');
  const [error, setError] = useState('');
  const sheet = useRef<HTMLDivElement>(null);

  async function reveal() {
    const result = await api.call('security:recovery-key', {});
    if (result.ok) {
      setRecoveryKey(result.value.recoveryKey);
      onChanged();
    } else setError(result.error.message);
  }

  if (status.mode === 'passphrase') {
    return (
      <section aria-labelledby="recovery-heading">
        <h2 id="recovery-heading">Recovery</h2>
        <p className="lead">Your passphrase is the only way into the register and its backups. Keep it somewhere safe: if it is lost, nobody can open them.</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="recovery-heading">
      <h2 id="recovery-heading">Recovery on a new computer</h2>
      <p className="lead">
        This computer keeps the register’s key in its own key store, which does not move with a backup. To restore a backup on a new
        computer you need the recovery key or a recovery passphrase. Without one of them, a backup cannot be opened anywhere else.
      </p>
      <h3>Recovery key</h3>
      {recoveryKey ? (
        <div className="notice">
          <p>Print the key or write it down now, and keep it apart from the backups. It will not be shown again.</p>
          <div className="recovery-key-sheet" ref={sheet}>
            <p className="print-only">Breachlog: the register’s recovery key. Keep it apart from the backups; anyone with it and a backup can read the register.</p>
            <p className="recovery-key">
              <code>{recoveryKey}</code>
            </p>
          </div>
          <button type="button" className="button" onClick={() => sheet.current && printOnly(sheet.current)}>
            Print the recovery key
          </button>
        </div>
      ) : status.recoveryKeyShownAt ? (
        <p role="status">
          The recovery key was shown on <UkDateTime instant={status.recoveryKeyShownAt} />.
        </p>
      ) : (
        <button type="button" className="button button-primary" onClick={() => void reveal()}>
          Show the recovery key (once)
        </button>
      )}
      {error ? (
        <p className="error-box" role="alert">
          {error}
        </p>
      ) : null}
      <RecoveryPassphraseForm status={status} onChanged={onChanged} />
    </section>
  );
}
