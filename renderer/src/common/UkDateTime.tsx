import { formatUkDateTime } from '../../../shared/uk-time';
import { displayZone } from '../display-zone';

export function UkDateTime({ instant }: { instant: string | Date }) {
  const iso = typeof instant === 'string' ? instant : instant.toISOString();
  return <time dateTime={iso}>{formatUkDateTime(iso, displayZone())}</time>;
}
