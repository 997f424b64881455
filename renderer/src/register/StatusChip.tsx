import type { IncidentStatus } from '../../../shared/incident-fields';
import { STATUS_LABELS } from '../../../shared/labels';

/** A breach's status as a small coloured label; the word carries the meaning, the colour only helps. */
export function StatusChip({ status }: { status: IncidentStatus }) {
  return <span className={`chip chip-${status}`}>{STATUS_LABELS[status]}</span>;
}
