import { useEffect, useRef } from 'react';
import type { BackupProgress } from '../../../shared/contract/security-operations';
import { BACKUP_STEP_LABELS, BACKUP_STEPS } from '../../../shared/labels';

/**
 * A running backup: a labelled progress bar, the step in words, and a way to stop it. The Cancel
 * button takes the focus when the backup starts, so a keyboard user can stop it at once.
 */
export function BackupProgressPanel({ progress, stopping, onCancel }: { progress: BackupProgress; stopping: boolean; onCancel: () => void }) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    cancelRef.current?.focus();
  }, []);
  const step = progress.step === 'done' ? 'saving' : progress.step;
  const percent = Math.round(progress.fraction * 100);
  const naming = step === 'saving';
  return (
    <div className="backup-progress">
      <label htmlFor="backup-progress-bar">Backup progress</label>
      <progress id="backup-progress-bar" max={100} value={percent} aria-valuetext={`${percent}%: ${BACKUP_STEP_LABELS[step]}`}>
        {percent}%
      </progress>
      {/* Announced when the step changes, not at every percent. */}
      <p className="backup-progress-step" role="status">
        {stopping ? (
          'Stopping the backup and removing the partial copy…'
        ) : (
          <>
            Step {BACKUP_STEPS.indexOf(step) + 1} of {BACKUP_STEPS.length}: {BACKUP_STEP_LABELS[step]}…
          </>
        )}
      </p>
      <p className="backup-progress-percent" aria-hidden="true">
        {percent}% done. You can go on working in Breachlog meanwhile.
      </p>
      <div className="form-actions">
        <button type="button" className="button" ref={cancelRef} disabled={stopping || naming} onClick={onCancel}>
          {stopping ? 'Stopping…' : 'Cancel the backup'}
        </button>
      </div>
    </div>
  );
}
