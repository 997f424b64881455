import { contextBridge, ipcRenderer } from 'electron';
import type { MenuCommand } from '../../shared/menu-commands';
import { isMenuCommand, MENU_COMMAND_CHANNEL } from '../../shared/menu-commands';
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

/**
 * The menu's commands (New breach, Print…), one way only: main to page. The callback gets the
 * command's name and nothing else (never the event, which would carry the sender).
 */
contextBridge.exposeInMainWorld(
  'breachlogMenu',
  Object.freeze({
    onMenuCommand(callback: (command: MenuCommand) => void): () => void {
      const listener = (_event: unknown, command: unknown) => {
        if (isMenuCommand(command)) callback(command);
      };
      ipcRenderer.on(MENU_COMMAND_CHANNEL, listener);
      return () => {
        ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, listener);
      };
    },
  }),
);
