import { useCallback, useEffect, useState } from 'react';
import type { SecurityStatus } from '../../../../shared/contract/security-operations';
import type { SessionStatus } from '../../../../shared/session';
import { useApi } from '../../api/api-context';
import { BackupSection } from './BackupSection';
import { ChangePassphraseSection } from './ChangePassphraseSection';
import { IdleLockSection } from './IdleLockSection';
import { RecoveryKeySection } from './RecoveryKeySection';
import { RestoreSection } from './RestoreSection';

/** Security and backups: idle lock, backups and restore, the recovery key, the passphrase. */
export function SecurityScreen({ onSessionChanged }: { onSessionChanged: (status: SessionStatus) => void }) {
  const api = useApi();
  const [status, setStatus] = useState<SecurityStatus | null>(null);
  const [error, setError] = useState('');

  const refresh = useCallback(() => {
    void api.call('security:status', {}).then((result) => {
      if (result.ok) setStatus(result.value);
      else setError(result.error.message);
    });
  }, [api]);
  useEffect(refresh, [refresh]);

  return (
    <section aria-labelledby="security-heading">
      <h1 id="security-heading">Security and backups</h1>
      {error ? (
        <p className="error-box" role="alert">
          {error}
        </p>
      ) : null}
      {status ? (
        <>
          <BackupSection status={status} onChanged={refresh} />
          <RestoreSection status={status} onRestored={onSessionChanged} />
          <RecoveryKeySection status={status} onChanged={refresh} />
          {status.mode === 'passphrase' ? <ChangePassphraseSection onChanged={onSessionChanged} /> : null}
          <IdleLockSection status={status} onSaved={setStatus} />
        </>
      ) : (
        <p role="status">Loading…</p>
      )}
    </section>
  );
}
