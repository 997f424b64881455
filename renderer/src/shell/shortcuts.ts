/**
 * The keyboard shortcuts the desktop menu gives (electron/main/menu-template.ts), as the page
 * shows them in tooltips and beside the actions they do. One list, so a tooltip never names a
 * shortcut the menu does not have.
 */
export const SHORTCUTS = {
  newBreach: { key: 'N', what: 'Record a breach' },
  search: { key: 'F', what: 'Search the register' },
  print: { key: 'P', what: 'Print' },
  lock: { key: 'L', what: 'Lock' },
} as const;

export type ShortcutName = keyof typeof SHORTCUTS;

function onMac(): boolean {
  return typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);
}

/** "Ctrl+N", or "⌘N" on a Mac: as the menu shows it. */
export function shortcutText(name: ShortcutName): string {
  return onMac() ? `⌘${SHORTCUTS[name].key}` : `Ctrl+${SHORTCUTS[name].key}`;
}

/** The value for aria-keyshortcuts, so screen readers announce it. */
export function ariaShortcut(name: ShortcutName): string {
  return onMac() ? `Meta+${SHORTCUTS[name].key}` : `Control+${SHORTCUTS[name].key}`;
}

/** A tooltip: "Record a breach (Ctrl+N)". */
export function withShortcut(label: string, name: ShortcutName): string {
  return `${label} (${shortcutText(name)})`;
}
