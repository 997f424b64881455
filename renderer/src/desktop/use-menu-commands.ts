import { useEffect } from 'react';
import type { MenuCommand } from '../../../shared/menu-commands';
import { isMenuCommand } from '../../../shared/menu-commands';
import { navigate } from '../common/use-route';

declare global {
  interface Window {
    /** Present in the desktop app only: the menu's commands (the browser preview has no menu). */
    breachlogMenu?: { onMenuCommand(callback: (command: MenuCommand) => void): () => void };
  }
}

/** Focuses a field once its screen has rendered (it may be a route change away). */
function focusWhenShown(id: string): void {
  const giveUpAt = Date.now() + 2_000;
  const attempt = () => {
    const element = document.getElementById(id);
    if (element) {
      element.focus();
      element.scrollIntoView({ block: 'center' });
    } else if (Date.now() < giveUpAt) {
      requestAnimationFrame(attempt);
    }
  };
  attempt();
}

const ACTIONS: Record<MenuCommand, () => void> = {
  'new-breach': () => navigate({ screen: 'new-incident' }),
  // Printing what is on screen: a document's preview prints as the document (its print styles).
  print: () => window.print(),
  'back-up': () => {
    navigate({ screen: 'security' });
    focusWhenShown('backup-folder');
  },
  search: () => {
    navigate({ screen: 'register' });
    focusWhenShown('register-search');
  },
  'go-register': () => navigate({ screen: 'register' }),
  'go-dashboard': () => navigate({ screen: 'dashboard' }),
  'go-audit-pack': () => navigate({ screen: 'audit-pack' }),
  'go-settings': () => navigate({ screen: 'settings' }),
  'go-security': () => navigate({ screen: 'security' }),
};

/** Carries out the desktop menu's commands (File → New breach, Print, Back up now; Edit → Search). */
export function useMenuCommands(): void {
  // The preload passes only known commands; checked again here, as everything from outside the page is.
  useEffect(() => window.breachlogMenu?.onMenuCommand((command: unknown) => isMenuCommand(command) && ACTIONS[command]()), []);
}
