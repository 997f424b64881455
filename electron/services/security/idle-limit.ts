import type { RegisterSession } from '../register-session';
import { SecurityStore } from './security-store';

/** The open register's idle limit in milliseconds, or null while it is locked (nothing to lock). */
export function idleLimitMs(session: RegisterSession): number | null {
  const open = session.unlocked();
  if (!open) return null;
  return new SecurityStore(open.db).get().idleLockMinutes * 60_000;
}
