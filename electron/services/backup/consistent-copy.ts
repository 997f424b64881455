import type { RegisterHead } from '../../../shared/register-fingerprint';
import { readTrailHead } from '../anchor/trail-head';
import type { Db } from '../database/open-database';
import type { RegisterFacts } from '../security/register-facts';
import { factsDifference, registerFacts } from '../security/register-facts';

/** How many times the copy is made before the backup gives up on a register that keeps changing. */
export const COPY_ATTEMPTS = 5;

export interface ConsistentCopy {
  /** The facts of the state the copy holds, to prove the copy against. */
  expected: RegisterFacts;
  head: RegisterHead | null;
  attempts: number;
}

/**
 * Makes a copy of the register (`copy`, on the reader `db`) that holds the very state whose facts
 * were read just before: if SQLite's data_version shows nothing was committed by another
 * connection meanwhile, that is so without counting again; otherwise the facts are read again,
 * and the copy is made again if they differ. `timed` reports each part's time (for the bench).
 */
export function copyConsistently(db: Db, copy: () => void, timed: <T>(part: 'facts' | 'copying', work: () => T) => T = (_part, work) => work()): ConsistentCopy {
  const committedVersion = () => db.pragma('data_version', { simple: true }) as number;
  for (let attempt = 1; ; attempt += 1) {
    const version = committedVersion();
    const expected = timed('facts', () => registerFacts(db));
    const head = readTrailHead(db);
    timed('copying', copy);
    if (committedVersion() === version) return { expected, head, attempts: attempt };
    if (timed('facts', () => factsDifference(expected, registerFacts(db))) === null) return { expected, head, attempts: attempt };
    if (attempt === COPY_ATTEMPTS) throw new Error('The register kept changing while it was being copied');
  }
}
