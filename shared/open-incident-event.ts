/**
 * The main process tells the page which breach to show (a reminder was clicked). Its own channel,
 * main to page only; the page checks the id and opens the breach once the register is unlocked.
 */
export const OPEN_INCIDENT_CHANNEL = 'breachlog-event:open-incident';

/** The name the preload exposes it under: `window.breachlogEvents.onOpenIncident(callback)`. */
export const EVENTS_GLOBAL = 'breachlogEvents';
