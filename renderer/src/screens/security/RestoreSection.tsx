import { useState } from 'react';
import type { UnlockMode } from '../../../../shared/contract/security-operations';
import type { SessionStatus } from '../../../../shared/session';
import { useApi } from '../../api/api-context';
import { PathField } from './PathField';

/**
 * Replaces the register with a checked backup; the replaced file is kept aside, never deleted.
 * Also offered when the register cannot be opened at all (`mode` unknown then), as the way forward.
 */
export function RestoreSection(props: { mode: UnlockMode | null; canChoosePaths: boolean; onRestored: (session: SessionStatus) => void }) {
  const { mode, onRestored } = props;
  const api = useApi();
  const [file, setFile] = useState('');
  const [secret, setSecret] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function restore() {
    setBusy(true);
    // A recovery key has a fixed shape; anything else is a passphrase (the backup's, or the recovery passphrase).
    const secretField = looksLikeRecoveryKey(secret) ? { recoveryKey: secret } : { passphrase: secret };
    const result = await api.call('backup:restore', { file, ...(secret ? secretField : {}) });
    setBusy(false);
    if (result.ok) onRestored(result.value.session);
    else setError(result.error.issues?.[0]?.message ?? result.error.message);
  }

  return (
    <section aria-labelledby="restore-heading">
      <h2 id="restore-heading">Restore from a backup</h2>
      <p className="lead">
        The backup is checked before anything is replaced. The current register is kept beside it (named “replaced” with the date),
        and the restore is recorded in the audit trail.
      </p>
      <PathField id="restore-file" label="Backup file (full path)" value={file} onChange={setFile} canChoose={props.canChoosePaths} chooser="backup:choose-file" />
      <div className="form-field">
        <label htmlFor="restore-secret">
          {mode === null
            ? 'Recovery key, recovery passphrase or the backup’s passphrase (if it needs one)'
            : mode === 'passphrase'
              ? 'The backup’s passphrase (if different from now)'
              : 'Recovery key, recovery passphrase or the backup’s passphrase (only for a backup from another computer)'}
        </label>
        <input id="restore-secret" type="password" autoComplete="off" value={secret} onChange={(event) => setSecret(event.target.value)} />
      </div>
      <div className="form-actions">
        <button type="button" className="button" disabled={busy || !file} onClick={() => void restore()}>
          Restore this backup
        </button>
      </div>
      {error ? (
        <p className="error-box" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}

/** 56 letters and digits in groups of four, as the printed recovery key is written. */
function looksLikeRecoveryKey(text: string): boolean {
  return /^[A-Za-z0-9\s-]+$/.test(text) && text.replace(/[\s-]/g, '').length === 56;
}
