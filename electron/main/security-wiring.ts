import type { BrowserWindow } from 'electron';
import { dialog, powerMonitor } from 'electron';
import type { PathChooser } from '../services/handlers/security-handlers';
import type { RegisterSession } from '../services/register-session';
import type { LockReason } from '../../shared/session';
import { idleLimitMs } from '../services/security/idle-limit';
import { startIdleLock } from '../services/security/idle-lock';

/** The OS folder and file pickers for backups and restores. */
export function dialogPathChooser(getWindow: () => BrowserWindow | null): PathChooser {
  const pick = async (options: Electron.OpenDialogOptions) => {
    const window = getWindow();
    const choice = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    const path = choice.filePaths[0];
    return choice.canceled || !path ? ({ status: 'cancelled' } as const) : ({ status: 'chosen', path } as const);
  };
  return {
    folder: () => pick({ title: 'Choose where to keep backups', properties: ['openDirectory', 'createDirectory'] }),
    file: () => pick({ title: 'Choose a backup to restore', properties: ['openFile'], filters: [{ name: 'Breachlog backup', extensions: ['db'] }] }),
  };
}

/**
 * Locks the register when the person has been away from the computer for the idle time set in
 * the register (the OS's idle clock, so reading another window counts as being there), and at
 * once when the screen locks or the computer sleeps. The renderer also locks after the same time
 * without use of Breachlog's own window; this is the backstop if the page is hung.
 */
export function startDesktopIdleLock(session: RegisterSession, onLocked: () => void): () => void {
  const lockFor = (reason: LockReason) => {
    if (!session.unlocked()) return;
    session.lock(reason);
    onLocked();
  };
  const lock = () => lockFor('away');
  const idle = startIdleLock({ idleForMs: () => powerMonitor.getSystemIdleTime() * 1000, limitMs: () => idleLimitMs(session), lock: () => lockFor('idle') });
  powerMonitor.on('lock-screen', lock);
  powerMonitor.on('suspend', lock);
  return () => {
    idle.stop();
    powerMonitor.off('lock-screen', lock);
    powerMonitor.off('suspend', lock);
  };
}
