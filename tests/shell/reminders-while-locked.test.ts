import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { icoDeadline } from '../../shared/deadline';
import type { Incident } from '../../shared/incident';
import { OPEN_INCIDENT_CHANNEL } from '../../shared/open-incident-event';
import type { Reminder } from '../../shared/reminders';
import { formatUkDateTime } from '../../shared/uk-time';
import { SCHEDULE_FILE_NAME } from '../../electron/services/clock/reminder-schedule';
import type { Shell } from './load-shell';
import { call, removeUserDataFolders, startBuiltShell, stopBuiltShell, until } from './load-shell';
import { click, itemLabelled, openRegister } from './shell-helpers';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** The moment the tests start at; the breach's office became aware an hour before. */
const START = new Date('2026-11-23T09:00:00.000Z');

/** Distinctive text in every free-text field: none of it may leave the encrypted register. */
const CANARIES = {
  title: 'Quokka-7731 payroll spreadsheet emailed to the wrong Wolstenholme',
  whatHappened: 'Zebedee-4409 forwarded the Marchbanks salary workbook to a former supplier',
  howDiscovered: 'Noticed by Philippa-2265 reading the sent items',
  discoveredBy: 'Philippa-2265 Achterberg',
  organisationsInvolved: 'Grimsthorpe-8812 Haulage Ltd',
  likelyConsequences: 'Embarrassment-5519 and possible fraud against the Marchbanks family',
  containment: 'Recall-3307 requested and the supplier asked to delete it',
};
const USER_NAME = 'Thaddeus-6120 Pennyworth';
/** Every distinctive word of the canaries (the numbered ones), so a part of a field is found too. */
const CANARY_WORDS = [...Object.values(CANARIES), USER_NAME].flatMap((text) => text.split(/\s+/)).filter((word) => /\d{4}|^[A-Z][a-z]{6,}$/.test(word));

/**
 * The built main process's own timers and Date run on vitest's fake clock, faked before it loads;
 * the clock also moves with real time, so the start-up's waits still end.
 */
function useFakeClock(): void {
  vi.useFakeTimers({ now: START, toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'], shouldAdvanceTime: true });
}

async function createCanaryBreach(shell: Shell, awareAt = new Date(Date.now() - HOUR).toISOString()): Promise<Incident> {
  const created = await call(shell, 'incident:create', { ...CANARIES, discoveredAt: awareAt, awareAt });
  expect(created, JSON.stringify(created)).toMatchObject({ ok: true });
  return created.value as Incident;
}

async function openAs(shell: Shell, name: string): Promise<void> {
  expect(await call(shell, 'session:status', {})).toMatchObject({ ok: true, value: { state: 'open' } });
  expect(await call(shell, 'session:set-user', { name })).toMatchObject({ ok: true });
}

/** Unlocks as the page's lock screen does with the OS key store, and names the user again. */
async function unlock(shell: Shell): Promise<void> {
  expect(await call(shell, 'session:status', {})).toMatchObject({ ok: true, value: { state: 'locked' } });
  const opened = await call(shell, 'session:unlock-key-store', {});
  expect(opened, JSON.stringify(opened)).toMatchObject({ ok: true, value: { state: 'open' } });
  expect(await call(shell, 'session:set-user', { name: USER_NAME })).toMatchObject({ ok: true });
}

async function lock(shell: Shell): Promise<void> {
  expect(await call(shell, 'session:lock', {})).toMatchObject({ ok: true, value: { state: 'locked' } });
}

/** The fired reminders the register holds for the breach, through the operation the banners use. */
async function firedInRegister(shell: Shell, incidentId: number): Promise<Reminder[]> {
  const unseen = await call(shell, 'reminder:unseen', {});
  expect(unseen, JSON.stringify(unseen)).toMatchObject({ ok: true });
  return (unseen.value as Reminder[]).filter((reminder) => reminder.incidentId === incidentId);
}

const deadlineNotices = (shell: Shell) => shell.notifications.filter((notice) => notice.title.startsWith('Breachlog: ') && notice.title !== 'Breachlog is still running');
const liveTrays = (shell: Shell) => shell.trays.filter((tray) => !tray.isDestroyed());
const fileLockItem = (shell: Shell) => itemLabelled(shell.menu.application?.template ?? [], 'Lock');

/** Every file in the data folder (the register's own, encrypted, files included). */
function filesIn(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesIn(path) : [path];
  });
}

function expectNoCanaryIn(path: string): void {
  const text = readFileSync(path).toString('latin1');
  for (const word of CANARY_WORDS) expect(text.includes(word), `"${word}" in ${path}`).toBe(false);
}

describe('deadline reminders through the built shell, with the register locked', () => {
  let shell: Shell | undefined;
  afterEach(() => {
    stopBuiltShell(shell);
    shell = undefined;
    vi.useRealTimers();
    process.argv = process.argv.filter((argument) => argument !== '--hidden');
  });
  afterAll(removeUserDataFolders);

  it('fires the 48-hour reminder while locked with only the reference and the deadline; a click opens the window at the breach', async () => {
    useFakeClock();
    ({ shell } = await startBuiltShell({ platform: 'win32' }));
    await openAs(shell, USER_NAME);
    const breach = await createCanaryBreach(shell);
    const deadline = icoDeadline(new Date(breach.awareAt ?? ''));

    // The File menu's Lock, then the window closed: the app waits in the tray.
    click(fileLockItem(shell));
    expect(await call(shell, 'session:status', {})).toMatchObject({ ok: true, value: { state: 'locked' } });
    const window = shell.windows[0];
    expect(window?.close()).toBe(false);
    expect(liveTrays(shell)).toHaveLength(1);

    // A minute before it is due, nothing; then the 48-hour reminder.
    vi.advanceTimersByTime(deadline.getTime() - 48 * HOUR - Date.now() - MINUTE);
    expect(deadlineNotices(shell)).toHaveLength(0);
    vi.advanceTimersByTime(2 * MINUTE);
    expect(deadlineNotices(shell)).toHaveLength(1);
    const notice = deadlineNotices(shell)[0];
    if (!notice) throw new Error('no reminder');
    expect(notice.title).toBe('Breachlog: ICO deadline');
    expect(notice.body).toContain('A breach deadline is in 48 hours — unlock Breachlog');
    expect(notice.body).toContain(breach.reference);
    expect(notice.body).toContain(formatUkDateTime(deadline, 'Europe/London'));
    expect(notice.urgency).toBe('critical');
    for (const word of CANARY_WORDS) expect(`${notice.title} ${notice.body}`).not.toContain(word);
    // Nothing but the reference, the deadline's time and the fixed wording.
    expect(notice.body).toBe(`A breach deadline is in 48 hours — unlock Breachlog. ${breach.reference}, deadline ${formatUkDateTime(deadline, 'Europe/London')}.`);

    // It fires once: the next hours bring nothing more until the 24-hour reminder.
    vi.advanceTimersByTime(23 * HOUR);
    expect(deadlineNotices(shell)).toHaveLength(1);

    await until(() => window?.webContents.isLoading() === false, 'the lock screen to load');
    notice.click();
    expect(window?.isVisible()).toBe(true);
    expect(shell.windows).toEqual([window]);
    expect(liveTrays(shell)).toHaveLength(0);
    expect(window?.webContents.sent.filter((message) => message.channel === OPEN_INCIDENT_CHANNEL)).toEqual([{ channel: OPEN_INCIDENT_CHANNEL, args: [breach.id] }]);
    // Still locked: the page opens the breach only after the unlock.
    expect(await call(shell, 'session:status', {})).toMatchObject({ ok: true, value: { state: 'locked' } });
  });

  it('a click while the page is reloading onto the lock screen reaches the page once it has loaded', async () => {
    useFakeClock();
    ({ shell } = await startBuiltShell({ platform: 'darwin' }));
    await openAs(shell, USER_NAME);
    const breach = await createCanaryBreach(shell);
    const contents = shell.windows[0]?.webContents;
    // The menu's Lock reloads the page; the reminder comes while it is still loading.
    click(fileLockItem(shell));
    expect(contents?.isLoading()).toBe(true);
    vi.advanceTimersByTime(23 * HOUR + MINUTE);
    const notice = deadlineNotices(shell)[0];
    expect(notice?.body).toContain(breach.reference);
    notice?.click();
    expect(shell.windows[0]?.isVisible()).toBe(true);
    expect(contents?.sent.filter((message) => message.channel === OPEN_INCIDENT_CHANNEL)).toEqual([]);
    await until(() => contents?.isLoading() === false, 'the page to load');
    expect(contents?.sent.filter((message) => message.channel === OPEN_INCIDENT_CHANNEL)).toEqual([{ channel: OPEN_INCIDENT_CHANNEL, args: [breach.id] }]);
  });

  it('records a reminder fired while locked in the register on unlock, exactly once, at the time it fired', async () => {
    useFakeClock();
    ({ shell } = await startBuiltShell({ platform: 'win32' }));
    await openAs(shell, USER_NAME);
    const breach = await createCanaryBreach(shell);
    await lock(shell);
    vi.advanceTimersByTime(23 * HOUR + MINUTE);
    expect(deadlineNotices(shell)).toHaveLength(1);
    const firedAt = new Date(icoDeadline(new Date(breach.awareAt ?? '')).getTime() - 48 * HOUR);
    // Not yet in the register: it is locked.
    const whileLocked = JSON.parse(readFileSync(join(shell.app.getPath('userData'), SCHEDULE_FILE_NAME), 'utf8')) as {
      clocks: { firedWhileLocked: unknown[] }[];
    };
    expect(whileLocked.clocks[0]?.firedWhileLocked).toHaveLength(1);

    await unlock(shell);
    vi.advanceTimersByTime(2 * MINUTE);
    const fired = await firedInRegister(shell, breach.id);
    expect(fired).toHaveLength(1);
    expect(fired[0]).toMatchObject({ reference: breach.reference, hoursLeft: 48, missed: false });
    // Recorded at the moment it came due (the timer fires then), not at the unlock.
    expect(Date.parse(fired[0]?.firedAt ?? '')).toBeGreaterThanOrEqual(firedAt.getTime());
    expect(Date.parse(fired[0]?.firedAt ?? '')).toBeLessThan(firedAt.getTime() + MINUTE);
    // Not announced a second time now that the register is open.
    expect(deadlineNotices(shell)).toHaveLength(1);
    const afterUnlock = JSON.parse(readFileSync(join(shell.app.getPath('userData'), SCHEDULE_FILE_NAME), 'utf8')) as {
      clocks: { fired: number[]; firedWhileLocked: unknown[] }[];
    };
    expect(afterUnlock.clocks[0]).toMatchObject({ fired: [48], firedWhileLocked: [] });

    // Locked and unlocked again (through the menu this time): still once.
    click(fileLockItem(shell));
    vi.advanceTimersByTime(10 * MINUTE);
    await unlock(shell);
    vi.advanceTimersByTime(2 * MINUTE);
    expect(await firedInRegister(shell, breach.id)).toEqual(fired);
    expect(deadlineNotices(shell)).toHaveLength(1);

    // And after a restart of the app, started locked from the schedule file.
    const userData = shell.app.getPath('userData');
    stopBuiltShell(shell);
    ({ shell } = await startBuiltShell({ platform: 'win32', userData }));
    vi.advanceTimersByTime(2 * MINUTE);
    await openAs(shell, USER_NAME);
    expect(await firedInRegister(shell, breach.id)).toEqual(fired);
    expect(deadlineNotices(shell)).toHaveLength(0);
  });

  it('the schedule file, and every other file in the data folder, holds none of the breach’s text', async () => {
    useFakeClock();
    let userData: string;
    ({ shell, userData } = await startBuiltShell({ platform: 'win32' }));
    await openAs(shell, USER_NAME);
    const breach = await createCanaryBreach(shell);
    // Edited too, so the audit trail and a second version exist.
    expect(await call(shell, 'incident:update', { id: breach.id, changes: { causeDetail: `${CANARIES.containment} again` } })).toMatchObject({ ok: true });
    const schedulePath = join(userData, SCHEDULE_FILE_NAME);
    const checkFolder = () => {
      const files = filesIn(userData);
      expect(files).toContain(schedulePath);
      for (const file of files) expectNoCanaryIn(file);
    };
    checkFolder();

    await lock(shell);
    shell.windows[0]?.close();
    vi.advanceTimersByTime(23 * HOUR + MINUTE);
    expect(deadlineNotices(shell)).toHaveLength(1);
    checkFolder();
    // Only what the schedule is documented to hold: the reference, id, deadline and fires.
    const schedule = JSON.parse(readFileSync(schedulePath, 'utf8')) as { timeZone: string; clocks: Record<string, unknown>[] };
    expect(schedule.timeZone).toBe('Europe/London');
    expect(schedule.clocks).toHaveLength(1);
    expect(Object.keys(schedule.clocks[0] ?? {}).sort()).toEqual(['deadline', 'fired', 'firedWhileLocked', 'incidentId', 'reference']);
    expect(schedule.clocks[0]).toMatchObject({ incidentId: breach.id, reference: breach.reference, fired: [48] });

    await unlock(shell);
    checkFolder();
  });

  it('closing the window while locked keeps the app in the tray until the deadline has passed; then closing quits', async () => {
    useFakeClock();
    ({ shell } = await startBuiltShell({ platform: 'win32' }));
    await openAs(shell, USER_NAME);
    const breach = await createCanaryBreach(shell);
    const deadline = icoDeadline(new Date(breach.awareAt ?? '')).getTime();
    await lock(shell);
    const window = shell.windows[0];

    expect(window?.close()).toBe(false);
    expect(shell.app.hasQuit).toBe(false);
    expect(liveTrays(shell)).toHaveLength(1);

    // A minute before the deadline, still kept running.
    vi.advanceTimersByTime(deadline - Date.now() - MINUTE);
    const tray = liveTrays(shell)[0];
    tray?.emit('click', { preventDefault: () => undefined });
    expect(window?.isVisible()).toBe(true);
    expect(window?.close()).toBe(false);
    expect(shell.app.hasQuit).toBe(false);

    // The deadline has passed (its reminder fired): nothing is left to remind, so closing quits.
    vi.advanceTimersByTime(2 * MINUTE);
    expect(deadlineNotices(shell).at(-1)?.body).toContain('A breach deadline has passed — unlock Breachlog');
    liveTrays(shell)[0]?.emit('click', { preventDefault: () => undefined });
    expect(window?.close()).toBe(true);
    expect(shell.app.hasQuit).toBe(true);
    expect(shell.dialog.shown.filter((box) => box.title === 'Quit Breachlog?')).toHaveLength(0);
  });

  it('a start with --hidden while a clock runs shows only the tray; the tray opens the window', async () => {
    let userData: string;
    ({ shell, userData } = await startBuiltShell({ platform: 'win32' }));
    await openRegister(shell);
    await createCanaryBreach(shell);
    stopBuiltShell(shell);

    process.argv.push('--hidden');
    ({ shell } = await startBuiltShell({ platform: 'win32', userData, expectNoWindow: true }));
    const started = shell;
    await until(() => liveTrays(started).length === 1, 'the tray icon');
    // Give a window every chance to appear.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(shell.windows).toHaveLength(0);
    expect(shell.menu.application).not.toBeNull();
    expect(shell.notifications).toHaveLength(0);

    liveTrays(shell)[0]?.emit('click', { preventDefault: () => undefined });
    await until(() => started.windows[0]?.isVisible() === true, 'the window');
    expect(liveTrays(shell)).toHaveLength(0);
  });

  it('after a restart at sign-in (hidden, never unlocked) a reminder still fires; its click opens a new window at the breach; the unlock records it once', async () => {
    useFakeClock();
    let userData: string;
    ({ shell, userData } = await startBuiltShell({ platform: 'win32' }));
    await openAs(shell, USER_NAME);
    const breach = await createCanaryBreach(shell);
    stopBuiltShell(shell);

    process.argv.push('--hidden');
    ({ shell } = await startBuiltShell({ platform: 'win32', userData, expectNoWindow: true }));
    const started = shell;
    await until(() => liveTrays(started).length === 1, 'the tray icon');
    vi.advanceTimersByTime(23 * HOUR + MINUTE);
    const notice = deadlineNotices(shell)[0];
    expect(notice?.body).toBe(
      `A breach deadline is in 48 hours — unlock Breachlog. ${breach.reference}, deadline ${formatUkDateTime(icoDeadline(new Date(breach.awareAt ?? '')), 'Europe/London')}.`,
    );
    expect(shell.windows).toHaveLength(0);

    notice?.click();
    expect(shell.windows).toHaveLength(1);
    const contents = shell.windows[0]?.webContents;
    await until(() => contents?.sent.some((message) => message.channel === OPEN_INCIDENT_CHANNEL) === true, 'the open-incident event');
    expect(contents?.sent.filter((message) => message.channel === OPEN_INCIDENT_CHANNEL)).toEqual([{ channel: OPEN_INCIDENT_CHANNEL, args: [breach.id] }]);
    expect(shell.windows[0]?.isVisible()).toBe(true);
    expect(liveTrays(shell)).toHaveLength(0);

    // Quit again before anyone unlocked: the fire is kept in the schedule file, and the next start records it.
    shell.dialog.answers.push(1);
    shell.app.quit();
    await until(() => started.app.hasQuit, 'the quit');
    stopBuiltShell(shell);
    process.argv = process.argv.filter((argument) => argument !== '--hidden');
    ({ shell } = await startBuiltShell({ platform: 'win32', userData }));
    await openAs(shell, USER_NAME);
    const fired = await firedInRegister(shell, breach.id);
    expect(fired.map((reminder) => reminder.hoursLeft)).toEqual([48]);
    expect(deadlineNotices(shell)).toHaveLength(0);
  });

  it('the screen locking locks the register; a reminder then fires with the locked wording and is recorded once on unlock', async () => {
    useFakeClock();
    ({ shell } = await startBuiltShell({ platform: 'darwin' }));
    await openAs(shell, USER_NAME);
    const breach = await createCanaryBreach(shell);
    shell.powerMonitor.emit('lock-screen');
    expect(await call(shell, 'session:status', {})).toMatchObject({ ok: true, value: { state: 'locked' } });
    vi.advanceTimersByTime(23 * HOUR + MINUTE);
    expect(deadlineNotices(shell).map((notice) => notice.body)).toEqual([expect.stringMatching(/^A breach deadline is in 48 hours — unlock Breachlog\. BR-/)]);
    await unlock(shell);
    expect((await firedInRegister(shell, breach.id)).map((reminder) => reminder.hoursLeft)).toEqual([48]);
  });

  it('a reminder that came due while the app was not running fires, as missed, at the next start while locked; the unlock records it once as missed', async () => {
    useFakeClock();
    let userData: string;
    ({ shell, userData } = await startBuiltShell({ platform: 'win32' }));
    await openAs(shell, USER_NAME);
    const breach = await createCanaryBreach(shell);
    stopBuiltShell(shell);

    // The computer was off through the 48-hour moment.
    vi.setSystemTime(START.getTime() + 30 * HOUR);
    process.argv.push('--hidden');
    ({ shell } = await startBuiltShell({ platform: 'win32', userData, expectNoWindow: true }));
    const started = shell;
    await until(() => deadlineNotices(started).length === 1, 'the missed reminder');
    const notice = deadlineNotices(shell)[0];
    expect(notice?.title).toBe('Breachlog: deadline reminders you missed');
    expect(notice?.body).toMatch(new RegExp(`^A breach deadline is in 48 hours — unlock Breachlog\\. ${breach.reference}, deadline `));
    for (const word of CANARY_WORDS) expect(`${notice?.title} ${notice?.body}`).not.toContain(word);

    notice?.click();
    await until(() => started.windows[0]?.isVisible() === true, 'the window');
    await openAs(shell, USER_NAME);
    const fired = await firedInRegister(shell, breach.id);
    expect(fired).toEqual([expect.objectContaining({ hoursLeft: 48, missed: true })]);
    vi.advanceTimersByTime(2 * MINUTE);
    expect(deadlineNotices(shell)).toHaveLength(1);
  });

  it('two breaches due at once while locked: one notice naming both references and no title; its click opens the register, not a breach', async () => {
    useFakeClock();
    ({ shell } = await startBuiltShell({ platform: 'win32' }));
    await openAs(shell, USER_NAME);
    // Aware of both at the same moment (the fake clock moves with real time between two saves).
    const awareAt = new Date(Date.now() - HOUR).toISOString();
    const first = await createCanaryBreach(shell, awareAt);
    const second = await createCanaryBreach(shell, awareAt);
    await lock(shell);
    vi.advanceTimersByTime(23 * HOUR + MINUTE);
    expect(deadlineNotices(shell).map((notice) => notice.body)).toEqual([
      `2 breach deadlines need attention — unlock Breachlog. ${first.reference}, ${second.reference}.`,
    ]);
    const window = shell.windows[0];
    await until(() => window?.webContents.isLoading() === false, 'the page');
    deadlineNotices(shell)[0]?.click();
    expect(window?.isVisible()).toBe(true);
    expect(window?.webContents.sent.filter((message) => message.channel === OPEN_INCIDENT_CHANNEL)).toEqual([]);
    await unlock(shell);
    expect((await firedInRegister(shell, first.id)).map((reminder) => reminder.hoursLeft)).toEqual([48]);
    expect((await firedInRegister(shell, second.id)).map((reminder) => reminder.hoursLeft)).toEqual([48]);
  });

  it('a packaged app starts at sign-in (to the tray) while a clock runs, locked or not, and stops once its deadline has passed', async () => {
    useFakeClock();
    ({ shell } = await startBuiltShell({ platform: 'win32', isPackaged: true }));
    await openAs(shell, USER_NAME);
    expect(shell.app.loginItemChanges).toEqual([{ openAtLogin: false, args: ['--hidden'] }]);
    const breach = await createCanaryBreach(shell);
    expect(shell.app.loginItemChanges.at(-1)).toEqual({ openAtLogin: true, args: ['--hidden'] });
    await lock(shell);
    vi.advanceTimersByTime(icoDeadline(new Date(breach.awareAt ?? '')).getTime() - Date.now() - MINUTE);
    expect(shell.app.loginItemChanges).toHaveLength(2);
    vi.advanceTimersByTime(2 * MINUTE);
    expect(shell.app.loginItemChanges).toEqual([
      { openAtLogin: false, args: ['--hidden'] },
      { openAtLogin: true, args: ['--hidden'] },
      { openAtLogin: false, args: ['--hidden'] },
    ]);
  });

  it('a start with --hidden and no clock running opens the window', async () => {
    process.argv.push('--hidden');
    ({ shell } = await startBuiltShell({ platform: 'win32' }));
    expect(shell.windows).toHaveLength(1);
    expect(shell.trays).toHaveLength(0);
  });
});
