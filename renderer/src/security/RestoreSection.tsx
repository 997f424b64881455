import { useState } from 'react';
import type { BackupContents, RegisterContents, UnlockMode } from '../../../shared/contract/security-operations';
import type { SessionStatus } from '../../../shared/session';
import { useApi } from '../api/api-context';
import { UkDateTime } from '../common/UkDateTime';
import { PathField } from './PathField';
import { Field } from '../form-kit';

/**
 * Replaces the register with a backup in two steps: the backup is checked first and what it
 * holds is shown; only when the person confirms is the register replaced (and kept aside, never
 * deleted). Also offered when the register cannot be opened at all (`mode` unknown then).
 */
export function RestoreSection(props: { mode: UnlockMode | null; canChoosePaths: boolean; onRestored: (session: SessionStatus) => void }) {
  const { mode, onRestored } = props;
  const api = useApi();
  const [file, setFile] = useState('');
  const [secret, setSecret] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [checked, setChecked] = useState<BackupContents | null>(null);

  function secretFields() {
    // A recovery key has a fixed shape; anything else is a passphrase (the backup's, or the recovery passphrase).
    if (!secret) return {};
    return looksLikeRecoveryKey(secret) ? { recoveryKey: secret } : { passphrase: secret };
  }

  async function check() {
    setBusy(true);
    setError('');
    const result = await api.call('backup:check', { file, ...secretFields() });
    setBusy(false);
    if (result.ok) setChecked(result.value);
    else setError(result.error.issues?.[0]?.message ?? result.error.message);
  }

  async function restore(contents: BackupContents) {
    setBusy(true);
    setError('');
    const result = await api.call('backup:restore', { file: contents.file, ...secretFields(), confirmedHead: contents.auditHead });
    setBusy(false);
    setChecked(null);
    if (result.ok) onRestored(result.value.session);
    else setError(result.error.issues?.[0]?.message ?? result.error.message);
  }

  // A changed file or secret needs a new check: what was shown no longer applies.
  const edit = (set: (value: string) => void) => (value: string) => {
    set(value);
    setChecked(null);
  };

  return (
    <section aria-labelledby="restore-heading">
      <h2 id="restore-heading">Restore from a backup</h2>
      <p className="lead">
        First the backup is checked and you see what it holds; nothing is replaced until you confirm. The register you have now is kept
        beside it (listed under “Replaced copies”), and the restore is recorded in the audit trail.
      </p>
      <PathField id="restore-file" label="Backup file (full path)" value={file} onChange={edit(setFile)} canChoose={props.canChoosePaths} chooser="backup:choose-file" />
      <Field
        id="restore-secret"
        label={
          mode === null
            ? 'Recovery key, recovery passphrase or the backup’s passphrase (if it needs one)'
            : mode === 'passphrase'
              ? 'The backup’s passphrase (if different from now)'
              : 'Recovery key, recovery passphrase or the backup’s passphrase (only for a backup from another computer)'
        }
      >
        {(control) => <input type="password" autoComplete="off" value={secret} onChange={(event) => edit(setSecret)(event.target.value)} {...control} />}
      </Field>
      {checked ? (
        <BackupCheckResult contents={checked} busy={busy} onRestore={() => void restore(checked)} onCancel={() => setChecked(null)} />
      ) : (
        <div className="form-actions">
          <button type="button" className="button" disabled={busy || !file} onClick={() => void check()}>
            Check this backup
          </button>
        </div>
      )}
      {error ? (
        <p className="error-box" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}

function BackupCheckResult(props: { contents: BackupContents; busy: boolean; onRestore: () => void; onCancel: () => void }) {
  const { contents } = props;
  return (
    <div className="restore-check" role="region" aria-labelledby="restore-check-heading">
      <h3 id="restore-check-heading">The backup is sound. It holds:</h3>
      <Contents contents={contents} schemaVersion={contents.schemaVersion} />
      {contents.current ? (
        <>
          <p>The register you have now holds:</p>
          <Contents contents={contents.current} />
          <p>
            Restoring replaces the register you have now with this backup. Anything recorded since the backup was made is not in it; the
            current register is kept aside, so nothing is lost.
          </p>
        </>
      ) : (
        <p>Restoring puts this backup in place of the register file. Whatever file is there now is kept aside, not deleted.</p>
      )}
      <div className="form-actions">
        <button type="button" className="button button-primary" disabled={props.busy} onClick={props.onRestore}>
          Restore this backup
        </button>
        <button type="button" className="button" disabled={props.busy} onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

function Contents({ contents, schemaVersion }: { contents: RegisterContents; schemaVersion?: number }) {
  return (
    <dl className="incident-facts">
      <dt>Breaches</dt>
      <dd>{contents.breaches.toLocaleString('en-GB')}</dd>
      <dt>Audit trail entries</dt>
      <dd>{contents.trailEntries.toLocaleString('en-GB')}</dd>
      <dt>Newest entry</dt>
      <dd>{contents.newestEntryAt ? <UkDateTime instant={contents.newestEntryAt} /> : 'none'}</dd>
      {schemaVersion === undefined ? null : (
        <>
          <dt>Register format</dt>
          <dd>version {schemaVersion}</dd>
        </>
      )}
    </dl>
  );
}

/** 56 letters and digits in groups of four, as the printed recovery key is written. */
function looksLikeRecoveryKey(text: string): boolean {
  return /^[A-Za-z0-9\s-]+$/.test(text) && text.replace(/[\s-]/g, '').length === 56;
}
