import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Incident } from '../../../shared/incident';
import type { Reminder } from '../../../shared/reminders';
import type { ReminderNotice } from '../../../shared/reminder-text';
import type { ReminderService } from '../../../electron/services/clock/reminder-service';
import { startReminderService, withReminderCheck } from '../../../electron/services/clock/reminder-service';
import { SCHEDULE_FILE_NAME } from '../../../electron/services/clock/reminder-schedule';
import { writeStartChoice } from '../../../electron/services/clock/reminder-start-choice';
import { fakeTime } from '../support/fake-time';
import { makeTestRegister } from '../support/test-register';

const HOUR = 3_600_000;
const aware = new Date('2026-11-20T10:00:00.000Z');

/** The hours left a notice announces, read from its text ("48 hours", "1 hour", "has passed"). */
function hoursIn(notice: ReminderNotice): number {
  if (notice.body.includes('has passed')) return 0;
  const match = /(\d+) hours?/.exec(notice.body);
  if (!match) throw new Error(`No hours in "${notice.body}"`);
  return Number(match[1]);
}

describe('deadline reminders, open and locked', () => {
  let register: ReturnType<typeof makeTestRegister>;
  let time: ReturnType<typeof fakeTime>;
  let notices: ReminderNotice[];
  let loginItem: boolean[];
  let running: ReminderService[];

  const start = () => {
    const service = startReminderService({
      dataDir: register.dir,
      openRegister: () => register.session.current(),
      clock: time.now,
      notify: (notice) => notices.push(notice),
      setTimer: time.setTimer,
      clearTimer: time.clearTimer,
      applyOpenAtLogin: (open) => loginItem.push(open),
    });
    running.push(service);
    return service;
  };
  const schedulePath = () => join(register.dir, SCHEDULE_FILE_NAME);
  const schedule = () => JSON.parse(readFileSync(schedulePath(), 'utf8')) as { clocks: { reference: string; fired: number[] }[] };
  const firedRows = () =>
    register.session.current()?.db.prepare('SELECT hours_left, fired_at, missed FROM reminder_fired ORDER BY hours_left DESC').all() as {
      hours_left: number;
      fired_at: string;
      missed: number;
    }[];
  const dispatch = async (name: string, input: unknown, service?: ReminderService) => {
    register.clock.now = time.now();
    const send = service ? withReminderCheck(register.dispatch, service) : register.dispatch;
    const result = await send(name, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };
  const lock = () => register.session.lock();
  const unlock = async (service: ReminderService) => {
    await dispatch('session:unlock-key-store', {}, service);
    await dispatch('session:set-user', { name: 'Zoë Ødegård' }, service);
  };

  beforeEach(async () => {
    time = fakeTime(new Date(aware.getTime() + 5 * 60_000));
    register = makeTestRegister({ now: time.now() });
    notices = [];
    loginItem = [];
    running = [];
    await register.signIn();
    const created = (await dispatch('incident:create', { title: 'Laptop stolen', awareAt: aware.toISOString() })) as Incident;
    expect(created.reference).toBe('BR-2026-0001');
  });
  afterEach(() => {
    for (const service of running) service.stop();
    register.cleanup();
  });

  it('fires at 48, 24, 12, 4 and 1 hours left and at the deadline, each once, at the right moment', () => {
    const fireTimes: string[] = [];
    const service = startReminderService({
      dataDir: register.dir,
      openRegister: () => register.session.current(),
      clock: time.now,
      notify: (notice) => {
        notices.push(notice);
        fireTimes.push(time.now().toISOString());
      },
      setTimer: time.setTimer,
      clearTimer: time.clearTimer,
    });
    running.push(service);
    expect(notices).toEqual([]);
    time.advance(80 * HOUR);
    expect(notices.map(hoursIn)).toEqual([48, 24, 12, 4, 1, 0]);
    expect(fireTimes).toEqual([48, 24, 12, 4, 1, 0].map((h) => new Date(aware.getTime() + (72 - h) * HOUR).toISOString()));
    // While open the notice names the breach, as before, and a click opens it.
    expect(notices[0]).toEqual({
      heading: 'Breachlog: ICO deadline',
      body: 'BR-2026-0001 (Laptop stolen): 48 hours left to report to the ICO.',
      incidentId: 1,
    });
  });

  it('fires each reminder exactly once across a restart in the middle of the schedule', async () => {
    const first = start();
    time.advance(50 * HOUR); // 22 hours left: 48 and 24 have fired
    first.stop();
    register.reopen();
    await register.signIn();
    start();
    time.advance(30 * HOUR);
    expect(notices.map(hoursIn)).toEqual([48, 24, 12, 4, 1, 0]);
  });

  it('shows reminders missed while the app was closed when it opens, once', async () => {
    start().stop();
    register.reopen();
    await register.signIn();
    time.jump(70 * HOUR); // closed past 48, 24, 12 and 4 hours left (1 h 55 min left now)
    start();
    expect(notices.map((n) => [hoursIn(n), n.heading])).toEqual([[4, 'Breachlog: deadline reminders you missed']]);
    time.advance(2 * HOUR);
    expect(notices.map(hoursIn)).toEqual([4, 1, 0]);
    const banners = (await dispatch('reminder:unseen', {})) as Reminder[];
    expect(banners.map((r) => r.hoursLeft)).toContain(0);
  });

  it('survives the wall clock jumping (sleep): the next check catches up without repeating', () => {
    start();
    time.jump(30 * HOUR); // laptop asleep: no timers ran
    time.advance(61_000); // wakes; the next periodic check runs
    expect(notices.map(hoursIn)).toEqual([48]);
  });

  it('stops reminding once the breach is reported, and removes the schedule when no clock runs', async () => {
    const service = start();
    expect(existsSync(schedulePath())).toBe(true);
    expect(service.hasRunningClock()).toBe(true);
    time.advance(30 * HOUR);
    await dispatch(
      'submission:record',
      { incidentId: 1, kind: 'initial', submittedAt: time.now().toISOString(), channel: 'online_form', whatWasSent: 'Initial report.', icoCaseReference: '', lateReason: '' },
      service,
    );
    // The operation itself updated the schedule: no waiting for the next periodic check.
    expect(existsSync(schedulePath())).toBe(false);
    expect(service.hasRunningClock()).toBe(false);
    time.advance(50 * HOUR);
    expect(notices.map(hoursIn)).toEqual([48]);
  });

  it('moves the schedule with a corrected time of awareness at once: a new clock, its reminders to come', async () => {
    const service = start();
    time.advance(25 * HOUR); // 48 has fired
    expect(schedule().clocks[0]).toMatchObject({ deadline: '2026-11-23T10:00:00.000Z', fired: [48] });
    await dispatch('incident:correct-awareness', { id: 1, awareAt: '2026-11-20T20:00:00.000Z', reason: 'The supplier told us later that day.' }, service);
    expect(schedule().clocks[0]).toMatchObject({ deadline: '2026-11-23T20:00:00.000Z', fired: [] });
    time.advance(HOUR);
    expect(notices.map(hoursIn)).toEqual([48]);
    time.advance(10 * HOUR);
    expect(notices.map(hoursIn)).toEqual([48, 48]);
  });

  it('fires while locked from the schedule, saying only the reference and the time, and records it once after unlock', async () => {
    const service = start();
    time.advance(10 * HOUR);
    lock();
    expect(register.session.current()).toBeNull();
    time.advance(58 * HOUR + 30 * 60_000); // 3 h 30 min left: 48, 24, 12 and 4 come due while locked
    expect(notices.map(hoursIn)).toEqual([48, 24, 12, 4]);
    for (const notice of notices) {
      expect(notice.body).not.toContain('Laptop stolen');
      expect(notice.incidentId).toBe(1);
    }
    expect(notices[3]?.body).toBe('A breach deadline is in 4 hours — unlock Breachlog. BR-2026-0001, deadline Mon 23 Nov 2026, 10:00.');
    expect(schedule().clocks[0]?.fired).toEqual([48, 24, 12, 4]);

    await unlock(service);
    await unlock(service); // a second unlock (already open) adds nothing
    lock();
    await unlock(service);
    const rows = firedRows();
    expect(rows.map((r) => r.hours_left)).toEqual([48, 24, 12, 4]);
    // Recorded at the moment each fired while locked, not at the unlock.
    expect(rows[3]?.fired_at).toBe(new Date(aware.getTime() + 68 * HOUR).toISOString());
    // Nothing fired twice: the unlock did not announce them again.
    expect(notices.map(hoursIn)).toEqual([48, 24, 12, 4]);
    // Back in the open, the text names the breach again.
    time.advance(3 * HOUR);
    expect(notices.at(-1)?.body).toBe('BR-2026-0001 (Laptop stolen): 1 hour left to report to the ICO.');
    // The in-app banner shows what fired while locked.
    const banners = (await dispatch('reminder:unseen', {})) as Reminder[];
    expect(banners.map((r) => r.hoursLeft).sort((a, b) => a - b)).toEqual([1, 4, 12, 24, 48]);
  });

  it('reminds after a restart that leaves the register locked (started at sign-in), and records it at the next unlock', async () => {
    start().stop();
    lock();
    // The computer restarts: a new process, the register not unlocked yet.
    register.reopen();
    time.jump(30 * HOUR);
    const service = start();
    expect(register.session.current()).toBeNull();
    expect(service.hasRunningClock()).toBe(true);
    expect(notices.map((n) => [hoursIn(n), n.heading])).toEqual([[48, 'Breachlog: deadline reminders you missed']]);
    expect(notices[0]?.body).not.toContain('Laptop');
    await unlock(service);
    expect(firedRows()).toEqual([{ hours_left: 48, fired_at: new Date(aware.getTime() + 30 * HOUR + 5 * 60_000).toISOString(), missed: 1 }]);
    expect(notices).toHaveLength(1);
  });

  it('keeps no personal data in the schedule file (canary search)', async () => {
    const canaries = ['Kestrel-Quince-7731', 'Marmalade-Otter-4419', 'Zygmunt Łęcki', 'canary@example.org', '07700 900461'];
    const service = start();
    for (const [index, canary] of canaries.entries()) {
      await dispatch(
        'incident:create',
        { title: `Breach ${canary}`, awareAt: new Date(aware.getTime() - index * HOUR).toISOString() },
        service,
      );
    }
    const created = (await dispatch('incident:get', { id: 2 })) as Incident;
    await dispatch('incident:update', { id: created.id, changes: { whatHappened: `Sent to ${canaries[2]} at ${canaries[3]}, ${canaries[4]}` } }, service);
    time.advance(30 * HOUR);
    lock();
    time.advance(20 * HOUR);
    const text = readFileSync(schedulePath(), 'utf8');
    expect(schedule().clocks.map((c) => c.reference).sort()).toEqual(['BR-2026-0001', 'BR-2026-0002', 'BR-2026-0003', 'BR-2026-0004', 'BR-2026-0005', 'BR-2026-0006']);
    for (const canary of [...canaries, 'Laptop stolen', 'Zoë', 'Ødegård']) expect(text).not.toContain(canary);
    for (const part of canaries.flatMap((c) => c.split(/[ @.-]/)).filter((p) => p.length > 3)) expect(text).not.toContain(part);
    for (const notice of notices.slice(notices.findIndex((n) => n.body.startsWith('A breach')))) {
      for (const canary of canaries) expect(notice.body).not.toContain(canary);
    }
  });

  it('puts back a schedule edited or deleted behind its back while locked, so reminders are not silenced', () => {
    start();
    lock();
    const original = readFileSync(schedulePath(), 'utf8');
    writeFileSync(schedulePath(), original.replace('"fired": []', '"fired": [48, 24, 12, 4, 1, 0]'));
    time.advance(25 * HOUR);
    expect(notices.map(hoursIn)).toEqual([48]);
    expect(schedule().clocks[0]?.fired).toEqual([48]);
  });

  it('refuses locked fires an edited schedule claims for reminders that were not yet due', async () => {
    const service = start();
    lock();
    service.stop();
    const edited = JSON.parse(readFileSync(schedulePath(), 'utf8')) as { clocks: { fired: number[]; firedWhileLocked: unknown[] }[] };
    const clock = edited.clocks[0];
    if (!clock) throw new Error('no clock');
    clock.fired = [48, 24, 12, 4, 1, 0];
    clock.firedWhileLocked = [0, 1, 4, 12, 24, 48].map((hoursLeft) => ({ hoursLeft, firedAt: time.now().toISOString(), missed: false }));
    writeFileSync(schedulePath(), JSON.stringify(edited));
    register.reopen(); // a new process that starts locked and believes the edited file
    const next = start();
    expect(notices).toEqual([]);
    time.advance(HOUR);
    await unlock(next);
    // The register, the truth, recorded none of them: every reminder is still to come.
    expect(firedRows()).toEqual([]);
    expect(schedule().clocks[0]?.fired).toEqual([]);
    time.advance(30 * HOUR);
    expect(notices.map(hoursIn)).toEqual([48]);
  });

  it('says to unlock when the schedule cannot be read while locked, once', () => {
    start().stop();
    lock();
    writeFileSync(schedulePath(), '{"format":"something else"}');
    register.reopen();
    const service = start();
    time.advance(2 * HOUR);
    expect(notices).toEqual([
      {
        heading: 'Breachlog: check your deadlines',
        body: 'Breachlog could not read its reminder schedule. Unlock Breachlog to see your breach deadlines.',
        incidentId: null,
      },
    ]);
    expect(service.hasRunningClock()).toBe(true);
  });

  it('starts at sign-in while a clock runs unless the person chose otherwise', async () => {
    const service = start();
    expect(loginItem).toEqual([true]);
    writeStartChoice(register.dir, 'off');
    service.check();
    expect(loginItem).toEqual([true, false]);
    writeStartChoice(register.dir, 'unset');
    await dispatch(
      'submission:record',
      { incidentId: 1, kind: 'initial', submittedAt: time.now().toISOString(), channel: 'online_form', whatWasSent: 'Initial report.', icoCaseReference: '', lateReason: '' },
      service,
    );
    expect(loginItem).toEqual([true, false]);
    writeStartChoice(register.dir, 'on');
    service.check();
    expect(loginItem).toEqual([true, false, true]);
  });
});
