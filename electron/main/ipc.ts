import type { IpcMain } from 'electron';
import { OPERATION_NAMES, IPC_CHANNEL_PREFIX } from '../../shared/operation-names';
import { fail } from '../../shared/result';
import type { Dispatch } from '../services/dispatch';

/** One `handle` per contract operation; senders other than the app's own page are refused. */
export function registerIpcHandlers(
  ipcMain: IpcMain,
  dispatch: Dispatch,
  isTrustedSender: (senderUrl: string) => boolean,
): void {
  for (const name of OPERATION_NAMES) {
    ipcMain.handle(IPC_CHANNEL_PREFIX + name, async (event, payload: unknown) => {
      if (!event.senderFrame || !isTrustedSender(event.senderFrame.url)) {
        return fail('unauthorised', 'This request did not come from Breachlog’s own window.');
      }
      return dispatch(name, payload);
    });
  }
}
