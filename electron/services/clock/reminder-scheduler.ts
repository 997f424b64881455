import { ICO_DEADLINE_HOURS, icoDeadline } from '../../../shared/deadline';
import type { Reminder } from '../../../shared/reminders';
import { REMINDER_HOURS_LEFT } from '../../../shared/reminders';
import type { ReminderRepository, RunningClock } from './reminder-repository';

const HOUR_MS = 3_600_000;
/** Re-check at least this often, so sleep, hibernation or a changed clock can't skip a reminder. */
export const MAX_CHECK_INTERVAL_MS = 60_000;
/** Clocks older than this are long overdue; their deadline reminder has fired already. */
const LOOK_BACK_MS = (ICO_DEADLINE_HOURS + 7 * 24) * HOUR_MS;

export interface SchedulerDeps {
  /** The open register's reminders, or null while it is locked. */
  reminders: () => ReminderRepository | null;
  clock: () => Date;
  notify: (reminders: Reminder[]) => void;
  setTimer: (callback: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
}

/**
 * Fires the 48, 24, 12, 4 and 1-hour and deadline reminders for every running clock, each once.
 * Works only from the wall clock and the record of what has fired: nothing accumulates, so a
 * restart, sleep or time-zone change can't make it drift, skip or repeat.
 */
export class ReminderScheduler {
  private timer: unknown = null;
  private started = false;

  constructor(private readonly deps: SchedulerDeps) {}

  /** First check: anything that came due while the app was closed is shown as missed. */
  start(): void {
    this.started = true;
    this.check(true);
  }

  stop(): void {
    this.started = false;
    if (this.timer !== null) this.deps.clearTimer(this.timer);
    this.timer = null;
  }

  /** Runs one check now (also called when records change, so a new clock is picked up at once). */
  check(missed = false): void {
    const repository = this.deps.reminders();
    const now = this.deps.clock();
    let next = now.getTime() + MAX_CHECK_INTERVAL_MS;
    if (repository) {
      const fired: Reminder[] = [];
      for (const clock of repository.runningSince(new Date(now.getTime() - LOOK_BACK_MS))) {
        const deadline = icoDeadline(new Date(clock.aware_at)).getTime();
        const due = REMINDER_HOURS_LEFT.filter((hours) => deadline - hours * HOUR_MS <= now.getTime());
        // Only the most urgent one that is due is announced; earlier ones are recorded as passed.
        const mostUrgent = due.at(-1);
        for (const hours of due) {
          const isNew = repository.recordFired(clock, hours, now, missed || hours !== mostUrgent);
          if (isNew && hours === mostUrgent) fired.push(toReminder(clock, hours, deadline, now, missed));
        }
        const upcoming = REMINDER_HOURS_LEFT.map((hours) => deadline - hours * HOUR_MS).filter((at) => at > now.getTime());
        if (upcoming.length > 0) next = Math.min(next, Math.min(...upcoming));
      }
      if (fired.length > 0) this.deps.notify(fired);
    }
    if (this.started) {
      if (this.timer !== null) this.deps.clearTimer(this.timer);
      this.timer = this.deps.setTimer(() => this.check(false), Math.max(0, next - now.getTime()));
    }
  }
}

function toReminder(clock: RunningClock, hoursLeft: number, deadline: number, now: Date, missed: boolean): Reminder {
  return {
    incidentId: clock.id,
    reference: clock.reference,
    title: clock.title,
    hoursLeft,
    deadline: new Date(deadline).toISOString(),
    firedAt: now.toISOString(),
    missed,
  };
}
