import type { SessionStatus } from '../../../shared/session';
import type { Route } from '../common/use-route';
import { routeHref } from '../common/use-route';
import { LockNowButton } from '../security/LockNowButton';
import type { ShortcutName } from './shortcuts';
import { ariaShortcut, shortcutText, withShortcut } from './shortcuts';

type Place = 'register' | 'dashboard' | 'audit-pack' | 'settings' | 'security';

const PLACES: readonly { place: Place; label: string; route: Route; shortcut: ShortcutName }[] = [
  { place: 'register', label: 'Register', route: { screen: 'register' }, shortcut: 'register' },
  { place: 'dashboard', label: 'Dashboard', route: { screen: 'dashboard' }, shortcut: 'dashboard' },
  { place: 'audit-pack', label: 'Audit pack', route: { screen: 'audit-pack' }, shortcut: 'auditPack' },
  { place: 'settings', label: 'Settings', route: { screen: 'settings' }, shortcut: 'settings' },
  { place: 'security', label: 'Security', route: { screen: 'security' }, shortcut: 'security' },
];

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

/**
 * The navigation pane: the one primary action (record a breach) first, so it is two Tabs from the
 * top of the window, then the places, then who is working and the lock. A column on a laptop
 * screen, a bar across the top in a small window.
 */
export function NavigationPane(props: { route: Route; user: string; onChangeUser: () => void; onLocked: (status: SessionStatus) => void }) {
  const here = placeOf(props.route);
  return (
    <nav className="app-nav" aria-label="Breachlog">
      {/* Home, for the pointer; keyboard users have "Register" a Tab further on, so it takes no Tab stop. */}
      <a className="nav-brand" href={routeHref({ screen: 'register' })} tabIndex={-1}>
        Breachlog
      </a>
      <a
        className={`button button-primary nav-record${props.route.screen === 'new-incident' ? ' nav-current' : ''}`}
        href={routeHref({ screen: 'new-incident' })}
        title={withShortcut('Record a new breach', 'newBreach')}
        aria-keyshortcuts={ariaShortcut('newBreach')}
        {...(props.route.screen === 'new-incident' ? { 'aria-current': 'page' as const } : {})}
      >
        Record a breach
      </a>
      <ul className="nav-places">
        {PLACES.map(({ place, label, route, shortcut }) => (
          <li key={place}>
            <a
              href={routeHref(route)}
              className="nav-place"
              title={withShortcut(label, shortcut)}
              aria-keyshortcuts={ariaShortcut(shortcut)}
              {...(here === place ? { 'aria-current': 'page' as const } : {})}
            >
              {label}
            </a>
          </li>
        ))}
      </ul>
      <div className="nav-user">
        <span className="nav-user-name">
          Working as <strong>{props.user}</strong>
        </span>{' '}
        <button type="button" className="link-button" onClick={props.onChangeUser}>
          Change<span className="visually-hidden"> who is working</span>
        </button>
        <LockNowButton onLocked={props.onLocked} />
      </div>
      <p className="nav-shortcuts" aria-hidden="true">
        <kbd>{shortcutText('newBreach')}</kbd> new breach · <kbd>{shortcutText('search')}</kbd> search · <kbd>{shortcutText('lock')}</kbd> lock
      </p>
    </nav>
  );
}
