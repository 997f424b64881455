import type { Route } from '../common/use-route';
import type { ShortcutName } from './shortcuts';

export type Place = 'register' | 'dashboard' | 'audit-pack' | 'settings' | 'security';

export interface NavigationPlace {
  place: Place;
  label: string;
  route: Route;
  shortcut: ShortcutName;
  /** Shown in the small window's bar; the others are behind its "More" button. */
  inCompactBar: boolean;
}

export const PLACES: readonly NavigationPlace[] = [
  { place: 'register', label: 'Register', route: { screen: 'register' }, shortcut: 'register', inCompactBar: true },
  { place: 'dashboard', label: 'Dashboard', route: { screen: 'dashboard' }, shortcut: 'dashboard', inCompactBar: true },
  { place: 'audit-pack', label: 'Audit pack', route: { screen: 'audit-pack' }, shortcut: 'auditPack', inCompactBar: false },
  { place: 'settings', label: 'Settings', route: { screen: 'settings' }, shortcut: 'settings', inCompactBar: false },
  { place: 'security', label: 'Security', route: { screen: 'security' }, shortcut: 'security', inCompactBar: false },
];

/**
 * Below this width the pane is a one-row bar across the top, with the less-used places behind
 * "More" (keep in step with the same query in shell.css).
 */
export const COMPACT_NAVIGATION_QUERY = '(max-width: 1000px)';

/** Which item of the pane a screen belongs under: a breach's pages are part of the register. */
export function placeOf(route: Route): Place | null {
  switch (route.screen) {
    case 'new-incident':
      return null;
    case 'dashboard':
      return 'dashboard';
    case 'audit-pack':
      return 'audit-pack';
    case 'settings':
    case 'organisation':
      return 'settings';
    case 'security':
      return 'security';
    default:
      return 'register';
  }
}
