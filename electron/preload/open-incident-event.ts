import type { ContextBridge, IpcRenderer } from 'electron';
import { EVENTS_GLOBAL, OPEN_INCIDENT_CHANNEL } from '../../shared/open-incident-event';

/**
 * Lets the page hear "open this breach" (a reminder was clicked) and nothing else: the callback
 * gets a positive whole number or nothing, never the IPC event.
 */
export function exposeOpenIncidentEvent(contextBridge: ContextBridge, ipcRenderer: IpcRenderer): void {
  contextBridge.exposeInMainWorld(
    EVENTS_GLOBAL,
    Object.freeze({
      onOpenIncident(callback: (incidentId: number) => void) {
        ipcRenderer.on(OPEN_INCIDENT_CHANNEL, (_event, incidentId: unknown) => {
          if (typeof incidentId === 'number' && Number.isSafeInteger(incidentId) && incidentId > 0) callback(incidentId);
        });
      },
    }),
  );
}
