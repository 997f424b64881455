/**
 * The keyboard shortcuts of the desktop menu, in one place: the menu takes its accelerators from
 * here and the page shows the same keys in its tooltips, so the two never disagree.
 * `key` is what follows Ctrl (Cmd on a Mac).
 */
export const SHORTCUTS = {
  newBreach: { key: 'N', what: 'Record a breach' },
  print: { key: 'P', what: 'Print' },
  lock: { key: 'L', what: 'Lock' },
  search: { key: 'F', what: 'Search the register' },
  register: { key: '1', what: 'Register' },
  dashboard: { key: '2', what: 'Dashboard' },
  auditPack: { key: '3', what: 'Audit pack' },
  settings: { key: ',', what: 'Settings' },
  security: { key: '4', what: 'Security' },
} as const;

export type ShortcutName = keyof typeof SHORTCUTS;

/** The menu's accelerator, as Electron writes it. */
export function accelerator(name: ShortcutName): string {
  return `CmdOrCtrl+${SHORTCUTS[name].key}`;
}
