import { statSync } from 'node:fs';
import { AppError } from '../errors';

export type RegisterFileState = 'present' | 'missing' | 'empty';
export type RegisterFileProblem = Exclude<RegisterFileState, 'present'>;

/** Whether the register file is there with content. A 0-byte file would open as a new, empty database. */
export function registerFileState(path: string): RegisterFileState {
  try {
    return statSync(path).size === 0 ? 'empty' : 'present';
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return 'missing';
    throw error;
  }
}

/**
 * The register file is gone or empty although a register existed here (the key store holds its
 * key, or the data folder records that one was made). Said plainly, with the restore offered;
 * never papered over with a new, empty register.
 */
export class RegisterFileGone extends AppError {
  constructor(
    readonly problem: RegisterFileProblem,
    path: string,
  ) {
    super(
      problem === 'missing' ? 'not_found' : 'database_damaged',
      problem === 'missing'
        ? `The register file is missing: there is no ${path}, although a register was kept here. Breachlog has not made a new, empty register in its place. If the file was moved, put it back and open Breachlog again; otherwise restore it from a backup.`
        : `The register file is empty: ${path} has 0 bytes, although a register was kept here (a copy, sync or disk tool may have cut it short). Breachlog has not made a new, empty register in its place. Restore it from a backup.`,
    );
    this.name = 'RegisterFileGone';
  }
}
