import type { ApproximateCount, Occurrence } from '../incident-fields';
import { formatUkDateTime } from '../uk-time';

/** Plain-English renderings of record values, shared by every document and screen. */

export const NOT_YET_KNOWN = 'Not yet known — to follow';

export function describeOccurrence(occurred: Occurrence, timeZone: string): string {
  if (occurred.kind === 'at') return formatUkDateTime(occurred.at, timeZone);
  if (occurred.kind === 'between') {
    return `Between ${formatUkDateTime(occurred.from, timeZone)} and ${formatUkDateTime(occurred.to, timeZone)}`;
  }
  return NOT_YET_KNOWN;
}

export function describeCount(count: ApproximateCount): string {
  if (count.kind === 'exact') return count.value.toLocaleString('en-GB');
  if (count.kind === 'range') return `Between ${count.min.toLocaleString('en-GB')} and ${count.max.toLocaleString('en-GB')}`;
  return NOT_YET_KNOWN;
}

export function describeInstant(instant: string | null, timeZone: string): string {
  return instant ? formatUkDateTime(instant, timeZone) : NOT_YET_KNOWN;
}

export function textOrNotKnown(text: string): string {
  return text.trim() === '' ? NOT_YET_KNOWN : text;
}
