import { useEffect, useRef } from 'react';

export const MAIN_ID = 'main';

/** Whether focus is somewhere a new screen should take it from: nowhere, gone, or in the navigation. */
function focusIsAdrift(): boolean {
  const active = document.activeElement;
  if (!active || active === document.body || !active.isConnected) return true;
  return Boolean(active.closest('.app-nav, .app-header, .skip-link'));
}

/** The heading a screen is known by: the detail pane's when the register and a breach share the window. */
function screenHeading(main: HTMLElement): HTMLElement | null {
  return main.querySelector<HTMLElement>('.detail-pane h1') ?? main.querySelector<HTMLElement>('h1');
}

/**
 * After each navigation, moves focus to the new screen's heading (as a screen reader user expects
 * after following a link), unless the screen has already put it somewhere on purpose (the wizard's
 * step, the search box after Ctrl+F). Screens that load first get up to two seconds. The first
 * screen after opening is left alone, so Tab starts from the top: the skip link, then "Record a breach".
 */
export function useFocusHeadingOnNavigate(screenKey: string, enabled: boolean): void {
  const firstScreen = useRef(true);
  useEffect(() => {
    if (!enabled) return;
    if (firstScreen.current) {
      firstScreen.current = false;
      return;
    }
    const giveUpAt = Date.now() + 2_000;
    let frame = 0;
    const attempt = () => {
      const main = document.getElementById(MAIN_ID);
      const heading = main ? screenHeading(main) : null;
      if (heading && !heading.closest('[aria-busy="true"]')) {
        if (focusIsAdrift()) {
          if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
          heading.focus();
        }
        return;
      }
      if (Date.now() < giveUpAt) frame = requestAnimationFrame(attempt);
    };
    frame = requestAnimationFrame(attempt);
    return () => cancelAnimationFrame(frame);
  }, [screenKey, enabled]);
}

/** Moves focus to the main content, for the skip link (a hash link would change the route). */
export function focusMain(): void {
  const main = document.getElementById(MAIN_ID);
  if (!main) return;
  const heading = screenHeading(main);
  const target = heading ?? main;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus();
}
