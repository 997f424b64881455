import type { RefObject } from 'react';
import { useEffect } from 'react';
import { navigate } from '../common/use-route';

export const REGISTER_SEARCH_ID = 'register-search';

let focusWhenShown = false;

/** Ctrl+F (Cmd+F on a Mac) searches the register, from any screen. */
export function useFindShortcut(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'f' || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      event.preventDefault();
      const box = document.getElementById(REGISTER_SEARCH_ID);
      if (box instanceof HTMLInputElement) {
        box.focus();
        box.select();
        return;
      }
      focusWhenShown = true;
      navigate({ screen: 'register' });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}

/** For the register's search box: focuses it when it appears because of the shortcut. */
export function useFocusWhenFound(box: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    if (!focusWhenShown) return;
    focusWhenShown = false;
    box.current?.focus();
  }, [box]);
}
