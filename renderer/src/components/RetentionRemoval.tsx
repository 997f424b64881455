import { useState } from 'react';
import type { Incident } from '../../../shared/incident';
import { useApi } from '../api/api-context';
import { navigate } from '../hooks/use-route';

/**
 * Removing a closed record after its retention period: the person types the reference to
 * confirm; the register keeps a tombstone with the reference and dates only.
 */
export function RetentionRemoval({ incident }: { incident: Incident }) {
  const api = useApi();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [message, setMessage] = useState('');
  if (incident.status !== 'closed') return null;
  if (!open) {
    return (
      <button type="button" className="button" onClick={() => setOpen(true)}>
        Remove after the retention period…
      </button>
    );
  }
  async function remove() {
    const result = await api.call('incident:remove-expired', { id: incident.id, confirmReference: typed });
    if (result.ok) navigate({ screen: 'register' });
    else setMessage(result.error.message);
  }
  return (
    <div className="danger-zone">
      <h2>Remove this record</h2>
      <p>
        Only records past the register’s retention period can be removed. The details are erased for good; the register
        keeps a note of the reference and dates. Replaced copies of the register (kept aside by a restore, under Security) that
        still hold this record are deleted for good too.
      </p>
      <label htmlFor="confirm-reference">Type {incident.reference} to confirm</label>
      <input id="confirm-reference" autoComplete="off" value={typed} onChange={(event) => setTyped(event.target.value)} aria-describedby={message ? 'remove-error' : undefined} />
      {message ? (
        <p className="field-error" id="remove-error" role="alert">
          {message}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="button" className="button button-danger" onClick={() => void remove()}>
          Remove for good
        </button>
        <button type="button" className="button" onClick={() => setOpen(false)}>
          Keep it
        </button>
      </div>
    </div>
  );
}
