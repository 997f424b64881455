import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { SecurityStatus } from '../../../shared/contract/security-operations';
import { useApi } from '../api/api-context';
import { OutcomeMessage } from './OutcomeMessage';
import { UkDateTime } from '../common/UkDateTime';
import { PathField } from './PathField';
import { BackupProgressPanel } from './BackupProgressPanel';
import { adoptRunningBackup, backupRun, cancelBackup, startBackup, subscribeToBackup } from './backup-run';

/**
 * Writes an encrypted, verified backup to a folder the person picks (a USB stick, a network
 * share). It runs off the main process's thread: progress shows here, it can be cancelled, and
 * the rest of the app stays usable meanwhile (see backup-run.ts).
 */
export function BackupSection({ status, onChanged }: { status: SecurityStatus; onChanged: () => void }) {
  const api = useApi();
  const [folder, setFolder] = useState('');
  const run = useSyncExternalStore(subscribeToBackup, backupRun);
  const startRef = useRef<HTMLButtonElement>(null);
  const seenEnd = useRef(run.phase === 'ended' ? run.endedAt : 0);

  useEffect(() => {
    void adoptRunningBackup(api);
  }, [api]);
  useEffect(() => {
    if (run.phase !== 'ended' || run.endedAt === seenEnd.current) return;
    seenEnd.current = run.endedAt;
    // The last backup's time and whether one is due have changed; the focus returns to the start.
    onChanged();
    startRef.current?.focus();
  }, [run, onChanged]);

  const running = run.phase === 'running';
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
        <button type="button" className="button button-primary" ref={startRef} disabled={running} onClick={() => void startBackup(api, folder)}>
          Back up now
        </button>
      </div>
      {run.phase === 'running' ? <BackupProgressPanel progress={run.progress} stopping={run.stopping} onCancel={() => void cancelBackup(api)} /> : null}
      <OutcomeMessage outcome={run.phase === 'ended' ? run.outcome : null} />
    </section>
  );
}
