import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
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
        return /^([0-9a-f]{2})+$/.test(hex) ? Buffer.from(hex, 'hex') : null;
      } catch {
        return null;
      }
    },
    async store(record) {
      await mkdir(dirname(keyPath), { recursive: true });
      const temporary = `${keyPath}.tmp`;
      await writeFile(temporary, record.toString('hex'), { mode: 0o600 });
      await chmod(temporary, 0o600);
      await rename(temporary, keyPath);
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
      key = Buffer.from(bytes);
    },
  };
}
