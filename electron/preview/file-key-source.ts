import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { plainAnchorFile } from '../services/anchor/anchor-store';
import type { KeySource, WrappedRecordStore } from '../services/key-source';
import { renameIntoPlace } from '../services/security/durable-files';

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
        // Anything but hex is passed on as it is, to be reported as a damaged record.
        return /^([0-9a-f]{2})+$/.test(hex) ? Buffer.from(hex, 'hex') : Buffer.from(hex, 'utf8');
      } catch (error) {
        if ((error as { code?: unknown }).code === 'ENOENT') return null;
        throw error;
      }
    },
    async store(record) {
      await mkdir(dirname(keyPath), { recursive: true });
      const temporary = `${keyPath}.tmp`;
      await writeFile(temporary, record.toString('hex'), { mode: 0o600 });
      await chmod(temporary, 0o600);
      renameIntoPlace(temporary, keyPath);
    },
    // Beside the key file, as the desktop app keeps it beside the key record (but not wrapped).
    anchor: plainAnchorFile(join(dirname(keyPath), 'register-anchor.bin')),
  };
}

/** A key held only in memory for one run: tests give it explicitly. */
export function memoryKeySource(initial: Buffer | null = null): KeySource {
  let key = initial;
  return {
    kind: 'key-store',
    load: async () => (key ? Buffer.from(key) : null),
    store: async (bytes) => {
      key = Buffer.from(bytes);
    },
    anchor: memoryRecordStore(),
  };
}

/** A record held in memory, standing in for the key store's fingerprint record in tests. */
export function memoryRecordStore(): WrappedRecordStore {
  let record: Buffer | null = null;
  return {
    load: async () => (record ? Buffer.from(record) : null),
    store: async (bytes) => {
      record = Buffer.from(bytes);
    },
  };
}
