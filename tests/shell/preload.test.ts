import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { MENU_COMMAND_CHANNEL, MENU_COMMANDS } from '../../shared/menu-commands';
import { IPC_CHANNEL_PREFIX, OPERATION_NAMES } from '../../shared/operation-names';

const BUILT_PRELOAD = join(import.meta.dirname, '..', '..', 'out', 'preload', 'index.cjs');

type Listener = (event: unknown, ...args: unknown[]) => void;

/**
 * Runs the built preload as Electron's sandbox does: a bare context whose `require` gives only
 * `electron` (here contextBridge and ipcRenderer, typed against Electron's definitions).
 */
function runPreload() {
  const exposed = new Map<string, unknown>();
  const invoked: { channel: string; args: unknown[] }[] = [];
  const listeners = new Map<string, Set<Listener>>();
  const contextBridge = {
    exposeInMainWorld(key: string, api: unknown) {
      exposed.set(key, api);
    },
  } satisfies Pick<Electron.ContextBridge, 'exposeInMainWorld'>;
  const ipcRenderer = {
    async invoke(channel: string, ...args: unknown[]) {
      invoked.push({ channel, args });
      return { ok: true, value: null };
    },
    on(channel: string, listener: Listener) {
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
      return ipcRenderer;
    },
    removeListener(channel: string, listener: Listener) {
      listeners.get(channel)?.delete(listener);
      return ipcRenderer;
    },
  };
  const required: string[] = [];
  runInNewContext(readFileSync(BUILT_PRELOAD, 'utf8'), {
    require(name: string) {
      required.push(name);
      if (name !== 'electron') throw new Error(`module not found: ${name}`);
      return { contextBridge, ipcRenderer };
    },
  });
  const fromMain = (channel: string, ...args: unknown[]) => {
    for (const listener of listeners.get(channel) ?? []) listener({ sender: 'the event carries the sender' }, ...args);
  };
  return { exposed, invoked, listeners, required, fromMain };
}

describe('the built preload', () => {
  it('requires nothing but electron and exposes exactly the contract, the menu channel and the open-incident event', () => {
    const { exposed, required } = runPreload();
    expect(required).toEqual(['electron']);
    expect([...exposed.keys()].sort()).toEqual(['breachlog', 'breachlogEvents', 'breachlogMenu']);
    expect(Object.keys(exposed.get('breachlogEvents') as object)).toEqual(['onOpenIncident']);
    expect(Object.keys(exposed.get('breachlog') as object).sort()).toEqual([...OPERATION_NAMES].sort());
    expect(Object.keys(exposed.get('breachlogMenu') as object)).toEqual(['onMenuCommand']);
    expect(Object.isFrozen(exposed.get('breachlog'))).toBe(true);
    expect(Object.isFrozen(exposed.get('breachlogMenu'))).toBe(true);
    expect(Object.isFrozen(exposed.get('breachlogEvents'))).toBe(true);
  });

  it('sends each operation on its own channel', async () => {
    const { exposed, invoked } = runPreload();
    const api = exposed.get('breachlog') as Record<string, (input: unknown) => Promise<unknown>>;
    await api['incident:list']?.({ page: 1 });
    expect(invoked).toEqual([{ channel: `${IPC_CHANNEL_PREFIX}incident:list`, args: [{ page: 1 }] }]);
  });

  it('passes the page only known menu commands, never the event, and stops when asked', () => {
    const { exposed, fromMain, listeners } = runPreload();
    const menu = exposed.get('breachlogMenu') as { onMenuCommand(callback: (...args: unknown[]) => void): () => void };
    const received: unknown[][] = [];
    const stop = menu.onMenuCommand((...args) => received.push(args));
    for (const command of MENU_COMMANDS) fromMain(MENU_COMMAND_CHANNEL, command);
    fromMain(MENU_COMMAND_CHANNEL, 'toggle-devtools');
    fromMain(MENU_COMMAND_CHANNEL, { toString: () => 'print' });
    fromMain(MENU_COMMAND_CHANNEL);
    fromMain('breachlog:other', 'print');
    expect(received).toEqual(MENU_COMMANDS.map((command) => [command]));
    stop();
    expect(listeners.get(MENU_COMMAND_CHANNEL)?.size).toBe(0);
    fromMain(MENU_COMMAND_CHANNEL, 'print');
    expect(received).toHaveLength(MENU_COMMANDS.length);
  });
});
