import { useEffect, useId, useRef, useState } from 'react';
import type { SessionStatus } from '../../../shared/session';
import { LockNowButton } from '../security/LockNowButton';
import type { NavigationPlace } from './navigation-places';
import { NavigationPlaceLink } from './NavigationPlaceLink';

/**
 * The small window's "More" button: the less-used places, changing who is working and the lock, shown below it on
 * request (a disclosure, so screen readers hear "More, collapsed/expanded" and Tab walks into
 * it). Escape, a click elsewhere or focus leaving it closes it; so does going anywhere, since it
 * is open only for the screen it was opened on.
 */
export function NavigationMore(props: { places: readonly NavigationPlace[]; current: NavigationPlace | null; screenKey: string; onChangeUser: () => void; onLocked: (status: SessionStatus) => void }) {
  const panelId = useId();
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === props.screenKey;
  const close = () => setOpenOn(null);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!box.current?.contains(event.target as Node)) setOpenOn(null);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  return (
    <div
      className="nav-more"
      ref={box}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          close();
          button.current?.focus();
        }
      }}
      onBlur={(event) => {
        if (open && !box.current?.contains(event.relatedTarget as Node | null)) close();
      }}
    >
      <button
        type="button"
        ref={button}
        className={`nav-more-button${props.current ? ' nav-more-current' : ''}`}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpenOn(open ? null : props.screenKey)}
        {...(props.current ? { 'aria-label': `More, now showing ${props.current.label}` } : {})}
      >
        More
        <span className="nav-more-arrow" aria-hidden="true">
          {open ? '▴' : '▾'}
        </span>
      </button>
      <div id={panelId} className="nav-more-panel" hidden={!open}>
        <ul className="nav-more-places">
          {props.places.map((place) => (
            <li key={place.place}>
              <NavigationPlaceLink place={place} current={props.current?.place === place.place} onFollow={close} />
            </li>
          ))}
        </ul>
        <div className="nav-more-user">
          <button
            type="button"
            className="link-button"
            onClick={() => {
              close();
              props.onChangeUser();
            }}
          >
            Change who is working
          </button>
          <LockNowButton onLocked={props.onLocked} />
        </div>
      </div>
    </div>
  );
}
