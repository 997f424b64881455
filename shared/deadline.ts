/**
 * The Art. 33(1) clock: the ICO must hear within 72 hours of the organisation becoming aware.
 * Hours are elapsed hours — nights, weekends and bank holidays count — so the deadline is plain
 * instant arithmetic and never moves to a working day. Time is always a parameter here.
 */

export const ICO_DEADLINE_HOURS = 72;
export const DUE_SOON_HOURS = 24;

const HOUR_MS = 60 * 60 * 1000;

export type CountdownState = 'running' | 'due_soon' | 'overdue';

export interface Countdown {
  state: CountdownState;
  deadline: Date;
  /** Positive while time remains, negative once overdue. */
  msRemaining: number;
}

export function icoDeadline(awareAt: Date): Date {
  return new Date(awareAt.getTime() + ICO_DEADLINE_HOURS * HOUR_MS);
}

export function countdown(awareAt: Date, now: Date): Countdown {
  const deadline = icoDeadline(awareAt);
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
