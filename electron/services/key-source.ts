/**
 * Where the register's key comes from. The desktop shell provides an OS key store
 * (Electron safeStorage); tests and the browser preview provide an explicit, local one.
 */
export type KeySource =
  | {
      kind: 'key-store';
      /** What the key store holds for the register (see unlock-record.ts), or null on first run. */
      load(): Promise<Buffer | null>;
      /** Replaces what the key store holds, atomically, wrapped so it is never written in plain text. */
      store(record: Buffer): Promise<void>;
    }
  | { kind: 'passphrase' };
