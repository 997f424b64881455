import type { AnchorState, RegisterHead } from '../../../shared/register-fingerprint';
import { formatFingerprint } from '../../../shared/register-fingerprint';
import { formatUkDateTime } from '../../../shared/uk-time';
import type { Db } from '../database/open-database';
import { entriesAfter, entryHashAt } from './trail-head';

export interface AnchorComparison {
  state: Extract<AnchorState, 'matches' | 'caught-up' | 'empty' | 'behind' | 'missing' | 'mismatch'>;
  /** What was found, in plain words (empty when it matches). */
  message: string;
}

/**
 * Compares the fingerprint kept outside the file (`anchored`) with the trail whose head is `head`.
 * Entries are only ever added, each transaction's after the last, and Breachlog writes the kept
 * fingerprint after every commit, so the kept one may be one transaction behind (a sudden stop
 * between the commit and the write) but never ahead. One transaction is recognised by its
 * entries: every service stamps all entries of one operation with the same instant and author.
 */
export function compareAnchor(db: Db, kept: { head: RegisterHead | null } | null, head: RegisterHead | null, timeZone: string): AnchorComparison {
  if (kept?.head === null) return head ? added(db, 0, head, timeZone) : { state: 'matches', message: '' };
  const anchored = kept?.head ?? null;
  if (!anchored) {
    if (!head) return { state: 'empty', message: '' };
    return {
      state: 'missing',
      message:
        `No fingerprint was kept outside the register file for this register, which has ${head.entry.toLocaleString('en-GB')} entries. ` +
        'Either it was last used with a version of Breachlog that did not keep one, or the fingerprint was deleted. ' +
        'Breachlog keeps it from now on. To be sure nothing was removed before now, check a fingerprint from a printout or a backup.',
    };
  }
  const keptText = formatFingerprint(anchored);
  if (!head || head.entry < anchored.entry) {
    const now = head ? `only ${head.entry.toLocaleString('en-GB')}` : 'none';
    return {
      state: 'mismatch',
      message:
        `The audit trail has been cut short or the register file replaced by an older copy: the fingerprint kept outside the file (${keptText}) ` +
        `shows ${anchored.entry.toLocaleString('en-GB')} entries, but the register now has ${now}. ` +
        'Entries were removed, so the register can no longer be relied on as complete. Restore the newest backup whose fingerprint matches, and find out who had the register’s key.',
    };
  }
  if (entryHashAt(db, anchored.entry) !== anchored.hash) {
    return {
      state: 'mismatch',
      message:
        `The audit trail has been rewritten: entry ${anchored.entry.toLocaleString('en-GB')} is no longer the entry whose fingerprint was kept outside the file (${keptText}). ` +
        'Someone changed the trail and recomputed its hashes, or replaced the register file with another one. The register can no longer be relied on. ' +
        'Restore the newest backup whose fingerprint matches, and find out who had the register’s key.',
    };
  }
  if (head.entry === anchored.entry) return { state: 'matches', message: '' };
  return added(db, anchored.entry, head, timeZone);
}

/** Entries after the kept one: one transaction's (a sudden stop before the write) or more. */
function added(db: Db, from: number, head: RegisterHead, timeZone: string): AnchorComparison {
  const entries = entriesAfter(db, from, head.entry);
  const first = entries[0];
  if (first && entries.every((e) => e.at === first.at && e.actor === first.actor)) return { state: 'caught-up', message: '' };
  const last = entries.at(-1);
  return {
    state: 'behind',
    message:
      `${(head.entry - from).toLocaleString('en-GB')} entries (${(from + 1).toLocaleString('en-GB')} to ${head.entry.toLocaleString('en-GB')}, ` +
      `written ${first ? formatUkDateTime(first.at, timeZone) : '?'} to ${last ? formatUkDateTime(last.at, timeZone) : '?'}) were added while Breachlog was not keeping the fingerprint: by an older version of Breachlog, ` +
      'or by a program other than Breachlog that had the register’s key. Nothing before them was changed. Look at these entries in the audit trail.',
  };
}
