/**
 * The commands the desktop menu sends to the page, the only messages the main process pushes to it.
 * The preload passes on nothing outside this list.
 */
export const MENU_COMMANDS = ['new-breach', 'print', 'back-up', 'search', 'go-register', 'go-dashboard', 'go-audit-pack', 'go-settings', 'go-security'] as const;

export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** The one channel the menu's commands travel on. */
export const MENU_COMMAND_CHANNEL = 'breachlog:menu-command';

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}
