import { routeHref } from '../common/use-route';
import type { NavigationPlace } from './navigation-places';
import { ariaShortcut, withShortcut } from './shortcuts';

/** One place of the navigation, marked as the current page when the screen belongs to it. */
export function NavigationPlaceLink({ place, current, onFollow }: { place: NavigationPlace; current: boolean; onFollow?: () => void }) {
  return (
    <a
      href={routeHref(place.route)}
      className="nav-place"
      title={withShortcut(place.label, place.shortcut)}
      aria-keyshortcuts={ariaShortcut(place.shortcut)}
      onClick={onFollow}
      {...(current ? { 'aria-current': 'page' as const } : {})}
    >
      {place.label}
    </a>
  );
}
