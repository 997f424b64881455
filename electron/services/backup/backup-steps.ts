import type { BackupProgress } from '../../../shared/contract/security-operations';

/**
 * The steps of a backup as the person sees them, and how much of the progress bar each takes.
 * The shares are from the bench (`bench/backup-bench.ts`, 20,000 breaches): the copy is most of
 * the time, the page check and the trail's verify of the copy the rest, naming it a moment.
 */
export type BackupStepName = 'copying' | 'checking' | 'verifying' | 'saving';

/** Where the time goes, in milliseconds, for the bench: the steps above, split finer. */
/** `trail` is the trail's verify on its own thread, beside `checking`; `verifying`, the wait for it after. */
export type TimedPart = 'facts' | 'copying' | 'syncing' | 'checking' | 'trail' | 'verifying' | 'saving';
export type StepTimings = Partial<Record<TimedPart, number>>;

const SHARES: Record<BackupStepName, [start: number, end: number]> = {
  copying: [0, 0.6],
  // The page check and the trail's verify run side by side: the verify's tail is what shows after.
  checking: [0.6, 0.9],
  verifying: [0.9, 0.98],
  saving: [0.98, 1],
};

/** Progress at `within` (0 to 1) of a step. */
export function progressAt(step: BackupStepName, within = 0): BackupProgress {
  const [start, end] = SHARES[step];
  const fraction = start + (end - start) * Math.min(1, Math.max(0, within));
  return { state: 'running', step, fraction: Math.round(fraction * 1000) / 1000 };
}
