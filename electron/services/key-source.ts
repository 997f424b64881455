/**
 * Where the register's key comes from. The desktop shell provides an OS key store
 * (Electron safeStorage); tests and the browser preview provide an explicit, local one.
 */
export type KeySource =
  | {
      kind: 'key-store';
      /** The stored key, or null on first run. */
      load(): Promise<Buffer | null>;
      /** Keeps a newly generated key, wrapped so it is never written in plain text. */
      store(key: Buffer): Promise<void>;
    }
  | { kind: 'passphrase' };
