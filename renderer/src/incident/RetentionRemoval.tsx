import { useState } from 'react';
import type { Incident } from '../../../shared/incident';
import { useApi } from '../api/api-context';
import { ConfirmRemoval } from '../form-kit';
import { navigate } from '../common/use-route';

/**
 * Removing a closed record after its retention period: the person types the reference to
 * confirm; the register keeps a tombstone with the reference and dates only.
 */
export function RetentionRemoval({ incident }: { incident: Incident }) {
  const api = useApi();
  const [open, setOpen] = useState(false);
  if (incident.status !== 'closed') return null;
  if (!open) {
    return (
      <button type="button" className="button" onClick={() => setOpen(true)}>
        Remove after the retention period…
      </button>
    );
  }
  async function remove(typed: string): Promise<string | null> {
    const result = await api.call('incident:remove-expired', { id: incident.id, confirmReference: typed });
    if (!result.ok) return result.error.message;
    navigate({ screen: 'register' });
    return null;
  }
  return (
    <ConfirmRemoval id="confirm-reference" heading="Remove this record" label={`Type ${incident.reference} to confirm`} onConfirm={remove} onKeep={() => setOpen(false)}>
      <p>
        Only records past the register’s retention period can be removed. The details are erased for good; the register
        keeps a note of the reference and dates. Replaced copies of the register (kept aside by a restore, under Security) that
        still hold this record are deleted for good too.
      </p>
    </ConfirmRemoval>
  );
}
