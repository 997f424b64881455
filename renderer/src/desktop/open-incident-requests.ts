import { useEffect } from 'react';
import { EVENTS_GLOBAL } from '../../../shared/open-incident-event';
import { navigate } from '../common/use-route';

/**
 * "Open this breach", from a clicked reminder. The request is kept in session storage, so it
 * survives the page reloading on lock and the unlock screen, and is acted on once the register is
 * open and the person has said who they are.
 */

interface DesktopEvents {
  onOpenIncident(callback: (incidentId: number) => void): void;
}

declare global {
  interface Window {
    [EVENTS_GLOBAL]?: DesktopEvents;
  }
}

const STORAGE_KEY = 'breachlog-open-incident';
const REQUESTED = 'breachlog-open-incident-requested';

/** Listens to the preload's event (the desktop app only); called once as the page starts. */
export function listenForOpenIncidentRequests(): void {
  window[EVENTS_GLOBAL]?.onOpenIncident((incidentId) => {
    if (!Number.isSafeInteger(incidentId) || incidentId <= 0) return;
    window.sessionStorage.setItem(STORAGE_KEY, String(incidentId));
    window.dispatchEvent(new Event(REQUESTED));
  });
}

function takeRequest(): number | null {
  const stored = window.sessionStorage.getItem(STORAGE_KEY);
  window.sessionStorage.removeItem(STORAGE_KEY);
  const id = Number(stored);
  return stored !== null && Number.isSafeInteger(id) && id > 0 ? id : null;
}

/** Opens the requested breach as soon as `ready` (register open, person known), and on later requests. */
export function useOpenIncidentRequests(ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    const open = () => {
      const id = takeRequest();
      if (id !== null) navigate({ screen: 'incident', id });
    };
    open();
    window.addEventListener(REQUESTED, open);
    return () => window.removeEventListener(REQUESTED, open);
  }, [ready]);
}
