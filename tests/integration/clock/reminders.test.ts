import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Incident } from '../../../shared/incident';
import type { Reminder } from '../../../shared/reminders';
import { ReminderScheduler } from '../../../electron/services/clock/reminder-scheduler';
import { makeTestRegister } from '../support/test-register';

const HOUR = 3_600_000;

/** A fake clock with timers that run only when the test moves time on. */
function fakeTime(start: Date) {
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

describe('deadline reminders', () => {
  const aware = new Date('2026-11-20T10:00:00.000Z');
  let register: ReturnType<typeof makeTestRegister>;
  let time: ReturnType<typeof fakeTime>;
  let fired: Reminder[];

  const scheduler = () =>
    new ReminderScheduler({
      reminders: () => register.session.current()?.reminders ?? null,
      clock: time.now,
      notify: (reminders) => fired.push(...reminders),
      setTimer: time.setTimer,
      clearTimer: time.clearTimer,
    });

  beforeEach(async () => {
    time = fakeTime(new Date(aware.getTime() + 5 * 60_000));
    register = makeTestRegister({ now: time.now() });
    register.clock.now = time.now();
    fired = [];
    await register.signIn();
    const created = await register.dispatch('incident:create', { title: 'Laptop stolen', awareAt: aware.toISOString() });
    if (!created.ok) throw new Error(created.error.message);
    expect((created.value as Incident).reference).toBe('BR-2026-0001');
  });
  afterEach(() => register.cleanup());

  it('fires at 48, 24, 12, 4 and 1 hours left and at the deadline, each once, at the right moment', () => {
    const s = scheduler();
    s.start();
    expect(fired).toEqual([]);
    time.advance(80 * HOUR);
    s.stop();
    expect(fired.map((r) => r.hoursLeft)).toEqual([48, 24, 12, 4, 1, 0]);
    expect(fired.map((r) => r.firedAt)).toEqual(
      [48, 24, 12, 4, 1, 0].map((h) => new Date(aware.getTime() + (72 - h) * HOUR).toISOString()),
    );
    expect(fired.every((r) => !r.missed)).toBe(true);
  });

  it('fires each reminder exactly once across a restart in the middle of the schedule', async () => {
    const first = scheduler();
    first.start();
    time.advance(50 * HOUR); // 22 hours left: 48 and 24 have fired
    first.stop();
    register.reopen();
    await register.signIn();
    const second = scheduler();
    second.start();
    time.advance(30 * HOUR);
    second.stop();
    expect(fired.map((r) => r.hoursLeft)).toEqual([48, 24, 12, 4, 1, 0]);
  });

  it('shows reminders missed while the app was closed when it opens, once', async () => {
    const first = scheduler();
    first.start();
    time.advance(10 * HOUR);
    first.stop();
    register.reopen();
    await register.signIn();
    time.jump(60 * HOUR); // closed past 48, 24, 12 and 4 hours left (1 h 55 min left now)
    const second = scheduler();
    second.start();
    expect(fired.map((r) => [r.hoursLeft, r.missed])).toEqual([[4, true]]);
    time.advance(2 * HOUR);
    second.stop();
    expect(fired.map((r) => [r.hoursLeft, r.missed])).toEqual([
      [4, true],
      [1, false],
      [0, false],
    ]);
    const banners = await register.dispatch('reminder:unseen', {});
    expect(banners.ok && (banners.value as Reminder[]).map((r) => r.hoursLeft)).toContain(0);
  });

  it('survives the wall clock jumping (sleep): the next check catches up without repeating', () => {
    const s = scheduler();
    s.start();
    time.jump(30 * HOUR); // laptop asleep: no timers ran
    time.advance(61_000); // wakes; the next periodic check runs
    s.stop();
    expect(fired.map((r) => r.hoursLeft)).toEqual([48]);
  });

  it('stops reminding once the breach is reported', async () => {
    const s = scheduler();
    s.start();
    time.advance(30 * HOUR);
    register.clock.now = time.now();
    await register.dispatch('submission:record', {
      incidentId: 1,
      kind: 'initial',
      submittedAt: time.now().toISOString(),
      channel: 'online_form',
      whatWasSent: 'Initial report.',
      icoCaseReference: '',
      lateReason: '',
    });
    time.advance(50 * HOUR);
    s.stop();
    expect(fired.map((r) => r.hoursLeft)).toEqual([48]);
  });
});
