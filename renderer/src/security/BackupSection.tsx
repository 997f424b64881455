import { useState } from 'react';
import type { SecurityStatus } from '../../../shared/contract/security-operations';
import { useApi } from '../api/api-context';
import type { Outcome } from './OutcomeMessage';
import { OutcomeMessage } from './OutcomeMessage';
import { UkDateTime } from '../common/UkDateTime';
import { PathField } from './PathField';

/** Writes an encrypted, verified backup to a folder the person picks (a USB stick, a network share). */
export function BackupSection({ status, onChanged }: { status: SecurityStatus; onChanged: () => void }) {
  const api = useApi();
  const [folder, setFolder] = useState('');
  const [message, setMessage] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);

  async function backUp() {
    setBusy(true);
    const result = await api.call('backup:create', { folder });
    setBusy(false);
    setMessage(
      result.ok
        ? { ok: true, text: `Backup made and checked: ${result.value.fileName} (${result.value.incidents} breaches) in ${folder}.` }
        : { ok: false, text: result.error.issues?.[0]?.message ?? result.error.message },
    );
    if (result.ok) onChanged();
  }

  return (
    <section aria-labelledby="backup-heading">
      <h2 id="backup-heading">Back up the register</h2>
      <p className="lead">
        Keep backups away from this computer. Each backup is encrypted like the register and checked after writing.{' '}
        {status.mode === 'passphrase'
          ? 'It opens only with the passphrase the register has when the backup is made.'
          : `On another computer it opens only with your recovery key${status.recoveryPassphraseSet ? ' or recovery passphrase' : ''}.`}
      </p>
      <p role="status">
        {status.lastBackupAt ? (
          <>
            Last backup: <UkDateTime instant={status.lastBackupAt} />.
          </>
        ) : (
          'No backup has been made yet.'
        )}{' '}
        {status.backupDue ? <strong>A backup is due.</strong> : null}
      </p>
      <PathField id="backup-folder" label="Backup folder (full path)" value={folder} onChange={setFolder} canChoose={status.canChoosePaths} chooser="backup:choose-folder" />
      <div className="form-actions">
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void backUp()}>
          Back up now
        </button>
      </div>
      <OutcomeMessage outcome={message} />
    </section>
  );
}
