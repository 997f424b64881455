import type { SessionStatus } from '../../../shared/session';
import { useApi } from '../api/api-context';
import { ariaShortcut, withShortcut } from '../shell/shortcuts';

/** Locks the register at once, for when the person steps away. */
export function LockNowButton({ onLocked }: { onLocked: (status: SessionStatus) => void }) {
  const api = useApi();
  async function lock() {
    const result = await api.call('session:lock', { reason: 'on_request' });
    if (result.ok) onLocked(result.value);
  }
  return (
    <button type="button" className="link-button" title={withShortcut('Lock the register now', 'lock')} aria-keyshortcuts={ariaShortcut('lock')} onClick={() => void lock()}>
      Lock now
    </button>
  );
}
