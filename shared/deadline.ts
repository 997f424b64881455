import type { ClockFacts } from './clock-running';
import { clockPhase } from './clock-running';
import { UK_GDPR } from './regimes/uk-gdpr';

/**
 * The Art. 33(1) clock: the ICO must hear within 72 hours of the organisation becoming aware.
 * Hours are elapsed hours — nights, weekends and bank holidays count — so the deadline is plain
 * instant arithmetic and never moves to a working day. Time is always a parameter here.
 */

/** The default regime's deadline (shared/regimes/uk-gdpr.ts); each regime keeps its own. */
export const ICO_DEADLINE_HOURS = UK_GDPR.reportDeadlineHours;
export const DUE_SOON_HOURS = 24;

const HOUR_MS = 60 * 60 * 1000;

export type CountdownState = 'running' | 'due_soon' | 'overdue';

export interface Countdown {
  state: CountdownState;
  deadline: Date;
  /** Positive while time remains, negative once overdue. */
  msRemaining: number;
}

export function icoDeadline(awareAt: Date, deadlineHours: number = ICO_DEADLINE_HOURS): Date {
  return new Date(awareAt.getTime() + deadlineHours * HOUR_MS);
}

export function countdown(awareAt: Date, now: Date, deadlineHours: number = ICO_DEADLINE_HOURS): Countdown {
  const deadline = icoDeadline(awareAt, deadlineHours);
  const msRemaining = deadline.getTime() - now.getTime();
  const state: CountdownState =
    msRemaining <= 0 ? 'overdue' : msRemaining <= DUE_SOON_HOURS * HOUR_MS ? 'due_soon' : 'running';
  return { state, deadline, msRemaining };
}

/** "2 days 5 hours 3 minutes left" / "Overdue by 4 hours 10 minutes". Minutes round towards urgency. */
export function describeCountdown(c: Countdown): string {
  if (c.state === 'overdue') return `Overdue by ${describeDuration(-c.msRemaining, 'floor')}`;
  return `${describeDuration(c.msRemaining, 'floor')} left`;
}

export function describeDuration(ms: number, rounding: 'floor'): string {
  const totalMinutes = rounding === 'floor' ? Math.floor(ms / 60_000) : Math.round(ms / 60_000);
  const days = Math.floor(totalMinutes / (24 * 60));
  const hours = Math.floor((totalMinutes % (24 * 60)) / 60);
  const minutes = totalMinutes % 60;
  const parts: string[] = [];
  if (days > 0) parts.push(plural(days, 'day'));
  if (hours > 0) parts.push(plural(hours, 'hour'));
  if (minutes > 0 || parts.length === 0) parts.push(plural(minutes, 'minute'));
  return parts.join(' ');
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

export type ClockState =
  | 'not_started'
  | 'running'
  | 'due_soon'
  | 'overdue'
  | 'stopped'
  | 'not_required'
  /** A near miss compromised no personal data: no clock at all. */
  | 'near_miss'
  /** As processor: tell the controller without undue delay (Art. 33(2)); no ICO countdown. */
  | 'tell_controller'
  | 'controller_told';

/** The facts the clock is worked out from (the rule itself is in clock-running.ts). */
export type ClockInput = ClockFacts;

/** The regime's part of the clock (shared/regimes): how many elapsed hours it gives. */
export interface ClockRule {
  reportDeadlineHours: number;
}

export interface Clock {
  state: ClockState;
  deadline: Date | null;
  msRemaining: number | null;
}

/**
 * The state of an incident's 72-hour clock, from the wall clock alone (never an accumulated
 * timer), so sleep, restarts or a changed time zone cannot make it drift.
 */
export function clockState(input: ClockInput, now: Date, rule: ClockRule = { reportDeadlineHours: ICO_DEADLINE_HOURS }): Clock {
  const deadline = input.awareAt ? icoDeadline(new Date(input.awareAt), rule.reportDeadlineHours) : null;
  const phase = clockPhase(input);
  if (phase === 'near_miss' || phase === 'tell_controller' || phase === 'controller_told') return { state: phase, deadline: null, msRemaining: null };
  if (phase === 'stopped' || phase === 'not_required') return { state: phase, deadline, msRemaining: null };
  if (phase === 'not_started' || !input.awareAt || !deadline) return { state: 'not_started', deadline: null, msRemaining: null };
  const c = countdown(new Date(input.awareAt), now, rule.reportDeadlineHours);
  return { state: c.state, deadline, msRemaining: c.msRemaining };
}

export const CLOCK_STATE_LABELS: Record<ClockState, string> = {
  not_started: 'Not started',
  running: 'Running',
  due_soon: 'Due soon',
  overdue: 'Overdue',
  stopped: 'Reported',
  not_required: 'Not required',
  near_miss: 'No clock (near miss)',
  tell_controller: 'Tell the controller',
  controller_told: 'Controller told',
};

/** One line for the register: the state and the time left or past. */
export function describeClock(clock: Clock): string {
  if (clock.state === 'not_started') return 'Starts when you record the time you became aware';
  if (clock.state === 'stopped') return 'Clock stopped';
  if (clock.state === 'not_required') return 'No report needed (see the assessment)';
  if (clock.state === 'near_miss') return 'No clock: a near miss compromised no personal data';
  if (clock.state === 'tell_controller') return 'Tell the controller without undue delay (Art. 33(2))';
  if (clock.state === 'controller_told') return 'Controller told: the controller decides on reporting to the ICO';
  return describeCountdown({ state: clock.state, deadline: clock.deadline ?? new Date(0), msRemaining: clock.msRemaining ?? 0 });
}

/**
 * The words after the state label where both are shown together ("Overdue by 4 hours"), so the
 * state is never said twice ("Overdue Overdue by 4 hours").
 */
export function clockDetail(clock: Clock): string {
  if (clock.state === 'overdue') return `by ${describeDuration(-(clock.msRemaining ?? 0), 'floor')}`;
  return describeClock(clock);
}

/** The state label and its detail as one line, as the register and the breach's page show them. */
export function clockLine(clock: Clock): string {
  return `${CLOCK_STATE_LABELS[clock.state]} ${clockDetail(clock)}`;
}

/** The sentence under a "72-hour clock: Overdue" heading: says how long ago, not "Overdue" again. */
export function clockSummary(clock: Clock): string {
  if (clock.state === 'overdue') return `The deadline passed ${describeDuration(-(clock.msRemaining ?? 0), 'floor')} ago.`;
  return describeClock(clock);
}
