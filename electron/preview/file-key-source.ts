import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { KeySource } from '../services/key-source';

/**
 * Development only: keeps the preview register's key in a plain file beside it, so a developer
 * can stop and restart the preview. Never used by the desktop app, which uses the OS key store.
 */
export function fileKeySource(keyPath: string): KeySource {
  return {
    kind: 'key-store',
    async load() {
      try {
        const hex = (await readFile(keyPath, 'utf8')).trim();
        return /^[0-9a-f]{64}$/.test(hex) ? Buffer.from(hex, 'hex') : null;
      } catch {
        return null;
      }
    },
    async store(key) {
      await mkdir(dirname(keyPath), { recursive: true });
      await writeFile(keyPath, key.toString('hex'), { mode: 0o600, flag: 'wx' });
      await chmod(keyPath, 0o600);
    },
  };
}

/** A key held only in memory for one run: tests give it explicitly. */
export function memoryKeySource(initial: Buffer | null = null): KeySource {
  let key = initial;
  return {
    kind: 'key-store',
    load: async () => key,
    store: async (bytes) => {
      key = bytes;
    },
  };
}
