/**
 * Where the register's key comes from. The desktop shell provides an OS key store
 * (Electron safeStorage); tests and the browser preview provide an explicit, local one.
 */
export type KeySource =
  | {
      kind: 'key-store';
      /**
       * What the key store holds for the register (see unlock-record.ts) in a new buffer the caller
       * owns and wipes, or null when it holds nothing (first run). A store that cannot be read throws.
       */
      load(): Promise<Buffer | null>;
      /** Replaces what the key store holds, atomically, wrapped so it is never written in plain text. */
      store(record: Buffer): Promise<void>;
    }
  | { kind: 'passphrase' };
