import type { SessionStatus } from '../../../shared/session';
import type { Route } from '../common/use-route';
import { routeHref } from '../common/use-route';
import { LockNowButton } from '../security/LockNowButton';
import { COMPACT_NAVIGATION_QUERY, PLACES, placeOf } from './navigation-places';
import { NavigationMore } from './NavigationMore';
import { NavigationPlaceLink } from './NavigationPlaceLink';
import { ariaShortcut, shortcutText, withShortcut } from './shortcuts';
import { useMediaQuery } from './use-media-query';

/** A key that changes whenever the screen does, so the "More" panel closes on any navigation. */
function screenKeyOf(route: Route): string {
  return JSON.stringify(route);
}

/**
 * The navigation pane: the one primary action (record a breach) first, so it is two Tabs from the
 * top of the window, then the places, then who is working and the lock. A column on a laptop
 * screen; in a small window one row across the top, with the less-used places and the lock behind
 * "More", so a breach's Next-step card is in view as its page opens.
 */
export function NavigationPane(props: { route: Route; user: string; onChangeUser: () => void; onLocked: (status: SessionStatus) => void }) {
  const compact = useMediaQuery(COMPACT_NAVIGATION_QUERY);
  const here = placeOf(props.route);
  const recordLink = (
    <a
      className={`button button-primary nav-record${props.route.screen === 'new-incident' ? ' nav-current' : ''}`}
      href={routeHref({ screen: 'new-incident' })}
      title={withShortcut('Record a new breach', 'newBreach')}
      aria-keyshortcuts={ariaShortcut('newBreach')}
      {...(props.route.screen === 'new-incident' ? { 'aria-current': 'page' as const } : {})}
    >
      Record a breach
    </a>
  );
  const changeUser = (
    <button type="button" className="link-button" onClick={props.onChangeUser}>
      Change<span className="visually-hidden"> who is working</span>
    </button>
  );

  if (compact) {
    const inBar = PLACES.filter((place) => place.inCompactBar);
    const behindMore = PLACES.filter((place) => !place.inCompactBar);
    return (
      <nav className="app-nav app-nav-compact" aria-label="Breachlog">
        {recordLink}
        <ul className="nav-places">
          {inBar.map((place) => (
            <li key={place.place}>
              <NavigationPlaceLink place={place} current={here === place.place} />
            </li>
          ))}
        </ul>
        <NavigationMore
          places={behindMore}
          current={behindMore.find((place) => place.place === here) ?? null}
          screenKey={screenKeyOf(props.route)}
          onChangeUser={props.onChangeUser}
          onLocked={props.onLocked}
        />
        {/* The name alone in the bar; "Working as" is said to screen readers, and in the tooltip. */}
        <span className="nav-user-name" title={`Working as ${props.user}`}>
          <span className="visually-hidden">Working as </span>
          <strong>{props.user}</strong>
        </span>
      </nav>
    );
  }

  return (
    <nav className="app-nav" aria-label="Breachlog">
      {/* Home, for the pointer; keyboard users have "Register" a Tab further on, so it takes no Tab stop. */}
      <a className="nav-brand" href={routeHref({ screen: 'register' })} tabIndex={-1}>
        Breachlog
      </a>
      {recordLink}
      <ul className="nav-places">
        {PLACES.map((place) => (
          <li key={place.place}>
            <NavigationPlaceLink place={place} current={here === place.place} />
          </li>
        ))}
      </ul>
      <div className="nav-user">
        <span className="nav-user-name">
          Working as <strong>{props.user}</strong>
        </span>{' '}
        {changeUser}
        <LockNowButton onLocked={props.onLocked} />
      </div>
      <p className="nav-shortcuts" aria-hidden="true">
        <kbd>{shortcutText('newBreach')}</kbd> new breach · <kbd>{shortcutText('search')}</kbd> search · <kbd>{shortcutText('lock')}</kbd> lock
      </p>
    </nav>
  );
}
