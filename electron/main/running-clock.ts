import { ICO_DEADLINE_HOURS } from '../../shared/deadline';
import type { OpenRegister } from '../services/open-register';

const HOUR_MS = 3_600_000;

/**
 * Whether any 72-hour clock of the open register is still before its deadline: then closing the
 * window keeps Breachlog running so the reminders can fire. A locked register answers false.
 */
export function hasRunningClockIn(session: { current(): OpenRegister | null }, now: () => Date): () => boolean {
  return () => {
    const reminders = session.current()?.reminders;
    if (!reminders) return false;
    return reminders.runningSince(new Date(now().getTime() - ICO_DEADLINE_HOURS * HOUR_MS)).length > 0;
  };
}
