import type { BackupProgress } from '../../../shared/contract/security-operations';
import type { ApiClient } from '../api/api-client';
import type { Outcome } from './OutcomeMessage';

/**
 * The backup being made, kept outside the Security screen so the person can go elsewhere in the
 * app while it runs and find its progress (or how it ended) when they come back. One at a time:
 * the service refuses a second.
 */
export type BackupRun =
  | { phase: 'idle' }
  | { phase: 'running'; progress: BackupProgress; stopping: boolean }
  | { phase: 'ended'; outcome: NonNullable<Outcome>; endedAt: number };

const POLL_MS = 400;

let current: BackupRun = { phase: 'idle' };
const listeners = new Set<() => void>();
let polling: ReturnType<typeof setInterval> | null = null;

function set(next: BackupRun): void {
  current = next;
  for (const listener of listeners) listener();
}

export function subscribeToBackup(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function backupRun(): BackupRun {
  return current;
}

function startPolling(api: ApiClient, onEnd?: (progress: BackupProgress) => void): void {
  if (polling) return;
  polling = setInterval(() => {
    void api.call('backup:progress', {}).then((result) => {
      if (!result.ok || current.phase !== 'running') return;
      const progress = result.value;
      if (progress.state === 'running') set({ ...current, progress });
      else onEnd?.(progress);
    });
  }, POLL_MS);
}

function stopPolling(): void {
  if (polling) clearInterval(polling);
  polling = null;
}

/** Starts a backup into `folder`; settles when it has ended (made, failed or cancelled). */
export async function startBackup(api: ApiClient, folder: string): Promise<void> {
  if (current.phase === 'running') return;
  set({ phase: 'running', progress: { state: 'running', step: 'copying', fraction: 0 }, stopping: false });
  startPolling(api);
  const result = await api.call('backup:create', { folder });
  stopPolling();
  set({
    phase: 'ended',
    endedAt: Date.now(),
    outcome: result.ok
      ? { ok: true, text: `Backup made and checked: ${result.value.fileName} (${result.value.incidents} ${result.value.incidents === 1 ? 'breach' : 'breaches'}) in ${folder}.` }
      : { ok: result.error.code === 'cancelled', text: result.error.issues?.[0]?.message ?? result.error.message },
  });
}

/** Asks the running backup to stop; the request that started it then ends as cancelled. */
export async function cancelBackup(api: ApiClient): Promise<void> {
  if (current.phase !== 'running' || current.stopping) return;
  set({ ...current, stopping: true });
  const result = await api.call('backup:cancel', {});
  // Too late (the proved copy is being named): it finishes in a moment, as a made backup.
  if (result.ok && !result.value.cancelled && current.phase === 'running') set({ ...current, stopping: false });
}

/**
 * A backup still running from before the page was loaded again: shown, and followed to its end
 * (only its state is known then, not its file name).
 */
export async function adoptRunningBackup(api: ApiClient): Promise<void> {
  if (current.phase !== 'idle') return;
  const result = await api.call('backup:progress', {});
  if (!result.ok || result.value.state !== 'running' || current.phase !== 'idle') return;
  set({ phase: 'running', progress: result.value, stopping: false });
  startPolling(api, (progress) => {
    stopPolling();
    set({ phase: 'ended', endedAt: Date.now(), outcome: adoptedOutcome(progress) });
  });
}

function adoptedOutcome(progress: BackupProgress): NonNullable<Outcome> {
  if (progress.state === 'done') return { ok: true, text: 'Backup made and checked.' };
  if (progress.state === 'cancelled') return { ok: true, text: 'The backup was cancelled. No backup was written.' };
  return { ok: false, text: 'The backup did not finish, so no backup was written. Try again.' };
}
