import { useCallback, useEffect, useState } from 'react';
import type { SecurityStatus } from '../../../shared/contract/security-operations';
import type { SessionStatus } from '../../../shared/session';
import { useApi } from '../api/api-context';
import { AttachmentSpaceSection } from '../attachments/AttachmentSpaceSection';
import { BackupSection } from './BackupSection';
import { ChangePassphraseSection } from './ChangePassphraseSection';
import { IdleLockSection } from './IdleLockSection';
import { RecoveryKeySection } from './RecoveryKeySection';
import { ReplacedCopiesSection } from './ReplacedCopiesSection';
import { RestoreSection } from './RestoreSection';
import { UnlockModeSection } from './UnlockModeSection';

/** Security and backups: backups and restore, how the register is unlocked, recovery, idle lock. */
export function SecurityScreen({ onSessionChanged }: { onSessionChanged: (status: SessionStatus) => void }) {
  const api = useApi();
  const [status, setStatus] = useState<SecurityStatus | null>(null);
  const [error, setError] = useState('');
  const [restores, setRestores] = useState(0);

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
          <RestoreSection
            mode={status.mode}
            canChoosePaths={status.canChoosePaths}
            onRestored={(session) => {
              onSessionChanged(session);
              setRestores((count) => count + 1);
              refresh();
            }}
          />
          <ReplacedCopiesSection refreshKey={restores} />
          <AttachmentSpaceSection refreshKey={restores} />
          <UnlockModeSection status={status} onChanged={setStatus} />
          {status.mode !== 'key-store' ? (
            <ChangePassphraseSection sealsKey={status.mode === 'key-store-and-passphrase'} onChanged={onSessionChanged} />
          ) : null}
          <RecoveryKeySection status={status} onChanged={(next) => (next ? setStatus(next) : refresh())} />
          <IdleLockSection status={status} onSaved={setStatus} />
        </>
      ) : (
        <p role="status">Loading…</p>
      )}
    </section>
  );
}
