import type { BackupProgress } from '../contract/security-operations';

type BackupStep = Exclude<BackupProgress['step'], 'done'>;

/** The steps of a backup in the order they run, for "Step 2 of 4". */
export const BACKUP_STEPS: readonly BackupStep[] = ['copying', 'checking', 'verifying', 'saving'];

/** What a backup is doing, in words, under its progress bar. */
export const BACKUP_STEP_LABELS: Record<BackupStep, string> = {
  copying: 'Copying the register',
  checking: 'Checking every page of the copy',
  verifying: 'Verifying the copy against its audit trail',
  saving: 'Saving the backup under its name',
};
