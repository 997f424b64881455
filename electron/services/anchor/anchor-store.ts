import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { KeySource, WrappedRecordStore } from '../key-source';
import { renameIntoPlace } from '../security/durable-files';

/** The plain fingerprint file beside the register, where there is no key store to keep it. */
export const PLAIN_ANCHOR_FILE_NAME = 'register-anchor.json';

export interface AnchorStore extends WrappedRecordStore {
  /** In words, for the verify screen. */
  keptIn: string;
  /** True when only the key store can change it; false for a plain file anyone with the folder can rewrite. */
  wrapped: boolean;
}

export function anchorStoreFor(keySource: KeySource, databasePath: string): AnchorStore {
  if (keySource.kind === 'key-store' && keySource.anchor) {
    return { ...keySource.anchor, keptIn: 'this computer’s key store', wrapped: true };
  }
  return { ...plainAnchorFile(join(dirname(databasePath), PLAIN_ANCHOR_FILE_NAME)), keptIn: `the file ${PLAIN_ANCHOR_FILE_NAME} beside the register`, wrapped: false };
}

/** A file replaced whole (temporary name, synced, renamed, folder synced): after a crash it is the old or the new one. */
export function plainAnchorFile(path: string): WrappedRecordStore {
  return {
    load: async () => {
      try {
        return readFileSync(path);
      } catch (error) {
        if ((error as { code?: unknown }).code === 'ENOENT') return null;
        throw error;
      }
    },
    store: async (record) => {
      const temporary = `${path}.tmp`;
      writeFileSync(temporary, record, { mode: 0o600 });
      renameIntoPlace(temporary, path);
    },
  };
}
