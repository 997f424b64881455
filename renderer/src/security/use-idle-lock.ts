import { useEffect, useRef } from 'react';
import type { SessionStatus } from '../../../shared/session';
import { useApi } from '../api/api-context';

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;
const CHECK_EVERY_MS = 15_000;

/**
 * Locks the register after the idle time set in Security (default 10 minutes) without use of this
 * window, and notices when the main process has locked it (screen lock, sleep): both land on the
 * lock screen. Works the same in the desktop app and the browser preview.
 */
export function useIdleLock(isOpen: boolean, onLocked: (status: SessionStatus) => void): void {
  const api = useApi();
  const lastActivity = useRef(0);
  const onLockedRef = useRef(onLocked);
  useEffect(() => {
    onLockedRef.current = onLocked;
  }, [onLocked]);

  useEffect(() => {
    if (!isOpen) return;
    let limitMs = 10 * 60_000;
    let cancelled = false;
    lastActivity.current = Date.now();
    void api.call('security:status', {}).then((result) => {
      if (result.ok) limitMs = result.value.idleLockMinutes * 60_000;
    });
    const touch = () => {
      lastActivity.current = Date.now();
    };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, touch, { passive: true });
    let lastTick = Date.now();
    const timer = window.setInterval(() => {
      // A gap far longer than the interval means the clock jumped or the machine slept: sleep is
      // the main process's to lock on (it hears the OS), so measure idleness afresh from here.
      const now = Date.now();
      if (now - lastTick > 4 * CHECK_EVERY_MS) lastActivity.current = now;
      lastTick = now;
      const call = now - lastActivity.current >= limitMs ? api.call('session:lock', { reason: 'idle' }) : api.call('session:status', {});
      void call.then((result) => {
        if (!cancelled && result.ok && result.value.state !== 'open') onLockedRef.current(result.value);
      });
    }, CHECK_EVERY_MS);
    return () => {
      cancelled = true;
      window.clearInterval(timer);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, touch);
    };
  }, [api, isOpen]);
}
