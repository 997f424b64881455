/** A fake clock with timers that run only when the test moves time on. */
export function fakeTime(start: Date) {
  let now = start.getTime();
  let timers: { due: number; callback: () => void; id: number }[] = [];
  let nextId = 1;
  return {
    now: () => new Date(now),
    setTimer: (callback: () => void, ms: number) => {
      const id = nextId++;
      timers.push({ due: now + ms, callback, id });
      return id;
    },
    clearTimer: (handle: unknown) => {
      timers = timers.filter((t) => t.id !== handle);
    },
    /** Timers waiting to run. */
    pending: () => timers.length,
    /** Moves time forward, running timers in order as they come due (as a running app would). */
    advance(ms: number) {
      const end = now + ms;
      for (;;) {
        const next = timers.filter((t) => t.due <= end).sort((a, b) => a.due - b.due)[0];
        if (!next) break;
        timers = timers.filter((t) => t !== next);
        now = Math.max(now, next.due);
        next.callback();
      }
      now = end;
    },
    /** Jumps the wall clock without running timers (sleep, hibernation, the app closed). */
    jump(ms: number) {
      now += ms;
    },
  };
}
