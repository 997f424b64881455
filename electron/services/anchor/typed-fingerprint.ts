import type { TypedFingerprint, TypedFingerprintCheck } from '../../../shared/register-fingerprint';
import { groupedHex } from '../../../shared/register-fingerprint';
import type { Db } from '../database/open-database';
import { entryHashAt, readTrailHead } from './trail-head';

/**
 * Compares the trail with a fingerprint typed from a printout or a backup's fingerprint file.
 * Entry N's hash stands for every entry up to N, so a match proves nothing up to the printout
 * was changed or removed, whatever happened to the fingerprint kept on this computer.
 */
export function compareTypedFingerprint(db: Db, typed: TypedFingerprint): TypedFingerprintCheck {
  const entry = typed.entry;
  const number = entry.toLocaleString('en-GB');
  const typedHex = groupedHex(typed.hashPrefix);
  const hash = entryHashAt(db, entry);
  if (hash === null) {
    const entries = (readTrailHead(db)?.entry ?? 0).toLocaleString('en-GB');
    return {
      state: 'not-in-register',
      entry,
      message:
        `The fingerprint you typed is of entry ${number}, but the register has only ${entries} entries: entries were removed since it was taken, ` +
        'or the register file was replaced by an older copy. (Check the entry number against the printout too.)',
    };
  }
  if (hash.startsWith(typed.hashPrefix)) {
    const added = (readTrailHead(db)?.entry ?? entry) - entry;
    return {
      state: 'matches',
      entry,
      message:
        `Entry ${number} is in the register exactly as when the fingerprint you typed (${typedHex}) was taken: nothing up to it has been changed or removed.` +
        (added > 0 ? ` ${added.toLocaleString('en-GB')} ${added === 1 ? 'entry has' : 'entries have'} been added since.` : ''),
    };
  }
  return {
    state: 'differs',
    entry,
    message:
      `Entry ${number} is in the register, but its fingerprint begins ${groupedHex(hash, typed.hashPrefix.length)}, not ${typedHex}: ` +
      `the audit trail up to entry ${number} has been rewritten since the fingerprint was taken, or a character was mistyped. Check it against the printout.`,
  };
}
