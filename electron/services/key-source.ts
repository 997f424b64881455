/** A record kept by the OS key store: wrapped so it is never written in plain text. */
export interface WrappedRecordStore {
  /** The record in a new buffer the caller owns, or null when nothing is stored. A store that cannot be read throws. */
  load(): Promise<Buffer | null>;
  /** Replaces the record atomically (temporary file, synced, renamed). */
  store(record: Buffer): Promise<void>;
}

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
      /**
       * The register's fingerprint record (see anchor/), wrapped by the same key store in a file of
       * its own beside the key record. Absent: it is kept in a plain file beside the register.
       */
      anchor?: WrappedRecordStore;
    }
  | { kind: 'passphrase' };
