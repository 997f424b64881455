import type { SessionStatus } from '../../../shared/session';
import type { UnlockMode } from '../../../shared/contract/security-operations';
import type { DatabaseKey } from '../database/database-key';
import type { Db } from '../database/open-database';
import type { KeySource } from '../key-source';

/**
 * The narrow views of the register file that the security and backup modules get, instead of
 * the whole session: where the file is, and its open connection and key. Changing the session's
 * state (its unlock mode, the end of a lock) is left to the security service.
 */
export interface RegisterFile {
  readonly databasePath: string;
  /** The open connection and its key; null while locked or closed. */
  unlocked(): { db: Db; key: DatabaseKey } | null;
}

/** A register file that can be closed for a swap and opened again with a key. */
export interface SwappableRegisterFile extends RegisterFile {
  close(): void;
  reopen(key: DatabaseKey): SessionStatus;
}

/** A register file with the way its key is kept: what proving the passphrase or choosing a key needs. */
export interface KeyedRegisterFile extends RegisterFile {
  readonly keySource: KeySource;
  unlockMode(): UnlockMode;
}
