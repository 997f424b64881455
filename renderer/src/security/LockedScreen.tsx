import { useState } from 'react';
import { LOCKED_KEY_OUT_OF_MEMORY, lockedBecause } from '../../../shared/lock-reason';
import type { LockReason, SessionStatus } from '../../../shared/session';
import { useApi } from '../api/api-context';

/** The register is locked and its key is out of memory; the computer's key store opens it again. */
export function LockedScreen({ reason, onUnlocked }: { reason: LockReason | undefined; onUnlocked: (status: SessionStatus) => void }) {
  const api = useApi();
  const [error, setError] = useState('');

  async function unlock() {
    const result = await api.call('session:unlock-key-store', {});
    if (result.ok) onUnlocked(result.value);
    else setError(result.error.message);
  }

  return (
    <section aria-labelledby="locked-heading" className="narrow">
      <h1 id="locked-heading">The register is locked</h1>
      <p className="lead">
        {lockedBecause(reason)} {LOCKED_KEY_OUT_OF_MEMORY}
      </p>
      {error ? (
        <p className="error-box" role="alert">
          {error}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={() => void unlock()}>
          Unlock
        </button>
      </div>
    </section>
  );
}
