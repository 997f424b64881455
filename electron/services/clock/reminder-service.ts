import { icoDeadline } from '../../../shared/deadline';
import type { LockedReminder, Reminder } from '../../../shared/reminders';
import type { ReminderNotice } from '../../../shared/reminder-text';
import { lockedReminderNotice, openReminderNotice } from '../../../shared/reminder-text';
import { shouldOpenAtLogin } from '../../../shared/start-at-sign-in';
import type { Dispatch } from '../dispatch';
import type { ReminderRepository, RunningClock } from './reminder-repository';
import type { ReminderSchedule, ScheduledClock } from './reminder-schedule';
import { emptySchedule, parseSchedule, readScheduleText, serialiseSchedule, writeScheduleFile } from './reminder-schedule';
import { LOOK_BACK_MS, fireDueReminders, nextCheckAt, reminderDueAt } from './reminder-scheduler';
import { readStartChoice } from './reminder-start-choice';

/** What the service needs of an open register: its reminder records and its time zone. */
export interface ReminderRegister {
  reminders: ReminderRepository;
  settings: { settings(): { timeZone: string } };
}

export interface ReminderServiceDeps {
  /** The data folder: the schedule and the start-at-sign-in choice live beside the register. */
  dataDir: string;
  /** The open register, or null while it is locked (or not yet unlocked). */
  openRegister: () => ReminderRegister | null;
  clock: () => Date;
  notify: (notice: ReminderNotice) => void;
  setTimer: (callback: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
  /** Told whether Breachlog should start at sign-in: once at start, then whenever that changes. */
  applyOpenAtLogin?: (openAtLogin: boolean) => void;
}

export interface ReminderService {
  stop(): void;
  /** Checks now; call after anything that may have changed a clock. */
  check(): void;
  /** True while any 72-hour clock runs (as far as can be known while locked). */
  hasRunningClock(): boolean;
}

const UNREADABLE_NOTICE: ReminderNotice = {
  heading: 'Breachlog: check your deadlines',
  body: 'Breachlog could not read its reminder schedule. Unlock Breachlog to see your breach deadlines.',
  incidentId: null,
};

/**
 * Fires the 48, 24, 12, 4 and 1-hour and deadline reminders for every running clock, each once,
 * whether the register is open or locked.
 *
 * Open, the register is the truth: reminders are recorded in its `reminder_fired` table and the
 * schedule file is rewritten from it. Locked, the schedule (kept in memory, read from the file
 * only when the app started locked) says what is due, and what fires is noted in it; on the next
 * unlock those fires are copied into the register, once (its primary key refuses a repeat).
 */
export function startReminderService(deps: ReminderServiceDeps): ReminderService {
  /** The last schedule this process knows to be true; null until one is built or read. */
  let schedule: ReminderSchedule | null = null;
  let unreadable = false;
  let unreadableNoticeShown = false;
  let openAtLogin: boolean | null = null;
  let timer: unknown = null;
  let stopped = false;

  /** A clock before its deadline: a reminder is still to come, so the app must keep running. */
  const hasRunningClock = () => {
    if (!schedule) return unreadable;
    const now = deps.clock().getTime();
    return schedule.clocks.some((clock) => Date.parse(clock.deadline) > now);
  };

  function check(missed: boolean): void {
    const now = deps.clock();
    try {
      const open = deps.openRegister();
      const onDisk = readScheduleText(deps.dataDir);
      if (schedule === null && onDisk !== null) {
        schedule = parseSchedule(onDisk);
        unreadable = schedule === null;
      }
      const fired = open ? checkOpen(open, now, missed) : checkLocked(now, missed);
      // Also puts back a file changed or removed behind the app's back.
      if (schedule && (schedule.clocks.length > 0 ? serialiseSchedule(schedule) : null) !== onDisk) {
        writeScheduleFile(deps.dataDir, schedule);
      }
      if (fired) deps.notify(fired);
      if (unreadable && schedule === null && !unreadableNoticeShown) {
        unreadableNoticeShown = true;
        deps.notify(UNREADABLE_NOTICE);
      }
      const shouldOpen = shouldOpenAtLogin({ userChoice: readStartChoice(deps.dataDir), clockRunning: hasRunningClock() });
      if (shouldOpen !== openAtLogin) {
        openAtLogin = shouldOpen;
        deps.applyOpenAtLogin?.(shouldOpen);
      }
    } catch (error) {
      // A full disk or a closed register must not stop the reminders: the next check tries again.
      console.error(`[breachlog] reminder check failed: ${error instanceof Error ? error.name : typeof error}`);
    } finally {
      if (!stopped) {
        if (timer !== null) deps.clearTimer(timer);
        const deadlines = (schedule?.clocks ?? []).map((clock) => Date.parse(clock.deadline));
        timer = deps.setTimer(() => check(false), Math.max(0, nextCheckAt(deadlines, now.getTime()) - now.getTime()));
      }
    }
  }

  function checkOpen(open: ReminderRegister, now: Date, missed: boolean): ReminderNotice | null {
    const running = open.reminders.runningSince(new Date(now.getTime() - LOOK_BACK_MS));
    if (schedule) carryOverLockedFires(open.reminders, running, schedule, now);
    const fired: Reminder[] = [];
    const clocks: ScheduledClock[] = [];
    for (const clock of running) {
      const deadline = icoDeadline(new Date(clock.aware_at));
      const hours = fireDueReminders(deadline.getTime(), now.getTime(), missed, (h, m) => open.reminders.recordFired(clock, h, now, m));
      if (hours !== null) {
        const { id, reference, title } = clock;
        const assessed = clock.report_decision !== null;
        fired.push({ incidentId: id, reference, title, hoursLeft: hours, deadline: deadline.toISOString(), firedAt: now.toISOString(), missed, assessed });
      }
      clocks.push({
        incidentId: clock.id,
        reference: clock.reference,
        deadline: deadline.toISOString(),
        fired: open.reminders.firedFor(clock),
        firedWhileLocked: [],
      });
    }
    schedule = { ...emptySchedule(open.settings.settings().timeZone), clocks };
    unreadable = false;
    return fired.length > 0 ? openReminderNotice(fired) : null;
  }

  function checkLocked(now: Date, missed: boolean): ReminderNotice | null {
    if (!schedule) return null;
    const fired: LockedReminder[] = [];
    const clocks = schedule.clocks.map((clock) => {
      const done = new Set(clock.fired);
      const firedWhileLocked = [...clock.firedWhileLocked];
      const deadline = Date.parse(clock.deadline);
      const hours = fireDueReminders(deadline, now.getTime(), missed, (h, m) => {
        if (done.has(h)) return false;
        done.add(h);
        firedWhileLocked.push({ hoursLeft: h, firedAt: now.toISOString(), missed: m });
        return true;
      });
      if (hours !== null) {
        const { incidentId, reference } = clock;
        fired.push({ incidentId, reference, hoursLeft: hours, deadline: clock.deadline, firedAt: now.toISOString(), missed });
      }
      return { ...clock, fired: [...done].sort((a, b) => b - a), firedWhileLocked };
    });
    schedule = { ...schedule, clocks };
    return fired.length > 0 ? lockedReminderNotice(fired, schedule.timeZone) : null;
  }

  check(true);
  return {
    stop() {
      stopped = true;
      if (timer !== null) deps.clearTimer(timer);
      timer = null;
    },
    check: () => check(false),
    hasRunningClock,
  };
}

/**
 * Records in the register what fired while it was locked. Only fires that could be real are
 * taken: for a clock still running with the same deadline (a corrected awareness time is a new
 * clock), at or after the moment the reminder came due and not in the future. So an edited
 * schedule can't mark a reminder that is still to come as fired in the register.
 */
function carryOverLockedFires(reminders: ReminderRepository, running: RunningClock[], schedule: ReminderSchedule, now: Date): void {
  for (const scheduled of schedule.clocks) {
    if (scheduled.firedWhileLocked.length === 0) continue;
    const clock = running.find((candidate) => candidate.id === scheduled.incidentId);
    if (!clock) continue;
    const deadline = icoDeadline(new Date(clock.aware_at)).getTime();
    if (deadline !== Date.parse(scheduled.deadline)) continue;
    for (const fire of scheduled.firedWhileLocked) {
      const at = Date.parse(fire.firedAt);
      if (at < reminderDueAt(deadline, fire.hoursLeft) || at > now.getTime()) continue;
      reminders.recordFired(clock, fire.hoursLeft, new Date(at), fire.missed);
    }
  }
}

/** Every operation passes through here, so a changed clock (or an unlock) updates the schedule at once. */
export function withReminderCheck(dispatch: Dispatch, reminders: Pick<ReminderService, 'check'>): Dispatch {
  return async (name, payload) => {
    const result = await dispatch(name, payload);
    if (result.ok) reminders.check();
    return result;
  };
}
