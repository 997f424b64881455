import { useEffect, useState } from 'react';
import type { AuditEntry } from '../../../shared/audit';
import { describeFieldValue } from '../../../shared/documents/describe-value';
import type { IncidentFieldName } from '../../../shared/incident';
import { FIELD_LABELS, trailActionLabel } from '../../../shared/labels';
import { useApi } from '../api/api-context';
import { UkDateTime } from '../common/UkDateTime';
import { displayZone } from '../display-zone';


function describeEntry(entry: AuditEntry): string {
  if (entry.action === 'changed' && entry.field) {
    const label = FIELD_LABELS[entry.field as IncidentFieldName] ?? entry.field;
    if (entry.redacted) return `Changed ${label.toLowerCase()}`;
    const from = describeFieldValue(entry.field, entry.oldValue, displayZone());
    const to = describeFieldValue(entry.field, entry.newValue, displayZone());
    return `Changed ${label.toLowerCase()}: ${from} → ${to}`;
  }
  if (entry.action === 'letter_restored' && !entry.redacted) {
    const restored = entry.newValue as { version?: number; restoredFrom?: number } | null;
    if (restored?.version && restored.restoredFrom) return `Made letter version ${restored.restoredFrom} the current one again (as version ${restored.version})`;
  }
  return trailActionLabel(entry.action);
}

/** Everything that happened to the record, from the append-only audit trail. */
export function Timeline({ incidentId, refreshKey }: { incidentId: number; refreshKey?: unknown }) {
  const api = useApi();
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  useEffect(() => {
    void api.call('incident:timeline', { id: incidentId }).then((result) => setEntries(result.ok ? result.value : []));
  }, [api, incidentId, refreshKey]);
  if (!entries) return <p role="status">Loading the timeline…</p>;
  return (
    <ol className="timeline" aria-label="Timeline of this record">
      {entries.map((entry) => (
        <li key={entry.id}>
          <span className="timeline-when">
            <UkDateTime instant={entry.at} />
          </span>{' '}
          <span className="timeline-who">{entry.actor}</span>: <span className="timeline-what">{describeEntry(entry)}</span>
        </li>
      ))}
    </ol>
  );
}
