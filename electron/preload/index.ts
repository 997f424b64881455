import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNEL_PREFIX, OPERATION_NAMES } from '../../shared/operation-names';
import { exposeOpenIncidentEvent } from './open-incident-event';

/**
 * Exposes exactly the contract's operations, one function each; `ipcRenderer` itself never
 * reaches the page. Inputs are validated in the main process, not trusted here.
 */
const api = Object.fromEntries(
  OPERATION_NAMES.map((name) => [name, (input: unknown) => ipcRenderer.invoke(IPC_CHANNEL_PREFIX + name, input)]),
);

contextBridge.exposeInMainWorld('breachlog', Object.freeze(api));
exposeOpenIncidentEvent(contextBridge, ipcRenderer);
