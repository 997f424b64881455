import type { ShortcutName } from '../../../shared/shortcuts';
import { SHORTCUTS } from '../../../shared/shortcuts';

export type { ShortcutName };

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

/** A tooltip: "Record a new breach (Ctrl+N)". */
export function withShortcut(label: string, name: ShortcutName): string {
  return `${label} (${shortcutText(name)})`;
}
