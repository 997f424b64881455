/**
 * Locks the register after a period without use. The shell decides what "use" means (the OS's
 * idle time in the desktop app, the last request in the browser preview); this only compares it
 * with the setting on a slow timer. The timer is unref'd so it never keeps the process alive.
 */
export interface IdleLockOptions {
  /** How long the person has been idle, in milliseconds. */
  idleForMs: () => number;
  /** The idle limit in milliseconds, or null while there is nothing to lock. */
  limitMs: () => number | null;
  lock: () => void;
  checkEveryMs?: number;
}

export function startIdleLock(options: IdleLockOptions): { check: () => boolean; stop: () => void } {
  const check = () => {
    const limit = options.limitMs();
    if (limit === null || options.idleForMs() < limit) return false;
    options.lock();
    return true;
  };
  const timer = setInterval(check, options.checkEveryMs ?? 15_000);
  timer.unref();
  return { check, stop: () => clearInterval(timer) };
}

/** Tracks the last request through the dispatcher: "use" for the browser preview and tests. */
export function activityClock(now: () => number = Date.now): { touch: () => void; idleForMs: () => number } {
  let last = now();
  return {
    touch: () => {
      last = now();
    },
    idleForMs: () => now() - last,
  };
}
