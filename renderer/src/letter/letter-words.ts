import type { LetterVersionInfo } from '../../../shared/letter';
import { formatUkDateTime } from '../../../shared/uk-time';
import { displayZone } from '../display-zone';

/** "Version 2, saved Wed 25 Nov 2026, 10:30 by Siân Evans" (and, for a restored one, what it copies). */
export function describeLetterVersion(info: LetterVersionInfo): string {
  return `Version ${info.version}, saved ${whenAndWho(info)}`;
}

/** "Saved Wed 25 Nov 2026, 10:30 by Siân Evans", under a version's own heading. */
export function describeSaving(info: LetterVersionInfo): string {
  return `Saved ${whenAndWho(info)}`;
}

function whenAndWho(info: LetterVersionInfo): string {
  const restored = info.restoredFrom !== undefined ? `, bringing back version ${info.restoredFrom}` : '';
  return `${formatUkDateTime(info.savedAt, displayZone())} by ${info.savedBy}${restored}`;
}
