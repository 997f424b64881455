import { useState } from 'react';
import type { Attachment } from '../../../shared/attachment';
import { ATTACHMENT_LIMITS } from '../../../shared/attachment';
import { useApi } from '../api/api-context';

/** Removing one file: only with a reason, which goes on the audit trail with its fingerprint. */
export function RemoveAttachment({ attachment, onDone }: { attachment: Attachment; onDone: (removed: boolean) => void }) {
  const api = useApi();
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const id = `remove-reason-${attachment.id}`;

  async function remove() {
    const result = await api.call('attachment:remove', { id: attachment.id, reason });
    if (result.ok) onDone(true);
    else setError(result.error.issues?.[0]?.message ?? result.error.message);
  }

  return (
    <div className="danger-zone">
      <p>
        “{attachment.name}” is deleted from the register for good. The audit trail keeps its name, size, fingerprint and your
        reason.
      </p>
      <label htmlFor={id}>Why is it being removed?</label>
      <input id={id} autoComplete="off" maxLength={ATTACHMENT_LIMITS.reasonChars} value={reason} onChange={(event) => setReason(event.target.value)} aria-describedby={error ? `${id}-error` : undefined} />
      {error ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="button" className="button button-danger" onClick={() => void remove()}>
          Remove for good
        </button>
        <button type="button" className="button" onClick={() => onDone(false)}>
          Keep it
        </button>
      </div>
    </div>
  );
}
