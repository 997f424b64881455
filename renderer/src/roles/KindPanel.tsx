import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Incident } from '../../../shared/incident';
import { INCIDENT_KIND_LABELS } from '../../../shared/labels';
import { useApi } from '../api/api-context';
import { Field, issuesByPath } from '../form-kit';

/**
 * Breach or near miss. A near miss (an email stopped before it was sent) compromised no personal
 * data: no clock, no report, and it stays out of breach counts. Either way round, the change
 * needs a reason, which goes on the audit trail.
 */
export function KindPanel({ incident, onSaved }: { incident: Incident; onSaved: (incident: Incident) => void }) {
  const api = useApi();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');
  const target = incident.kind === 'near_miss' ? 'breach' : 'near_miss';
  const action = target === 'breach' ? 'Turn into a breach' : 'Mark as a near miss';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await api.call('incident:change-kind', { id: incident.id, kind: target, reason });
    if (result.ok) {
      setOpen(false);
      setReason('');
      setErrors({});
      onSaved(result.value);
    } else {
      setErrors(issuesByPath(result.error.issues));
      setMessage(result.error.message);
    }
  }

  return (
    <section aria-labelledby="kind-heading" className="record-section kind-panel">
      <h2 id="kind-heading">
        {incident.kind === 'near_miss' ? (
          <>
            <span className="badge badge-near-miss">{INCIDENT_KIND_LABELS.near_miss}</span> No personal data was compromised
          </>
        ) : (
          'Breach or near miss'
        )}
      </h2>
      <p className="help">
        {incident.kind === 'near_miss'
          ? 'A near miss has no 72-hour clock, no reminders and no ICO report. It stays in the register, apart from breaches, so you can review what nearly went wrong. If you find personal data was compromised after all, turn it into a breach.'
          : 'If nothing was compromised after all (for example the email was stopped before it was sent), mark this as a near miss: it then has no clock and is kept apart from breaches.'}
      </p>
      {open ? (
        <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="kind-form-heading">
          <h3 id="kind-form-heading">{action}</h3>
          <Field id="kind-reason" label="Why" help="What you found out. This goes on the audit trail." error={errors['reason'] ?? errors['kind']}>
            {(aria) => <textarea {...aria} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />}
          </Field>
          <div className="form-actions">
            <button type="submit" className="button button-primary">
              {action}
            </button>
            <button type="button" className="button" onClick={() => setOpen(false)}>
              Cancel
            </button>
          </div>
          {message && !errors['reason'] && !errors['kind'] ? <p role="alert">{message}</p> : null}
        </form>
      ) : (
        <div className="form-actions">
          <button type="button" className="button" onClick={() => setOpen(true)}>
            {action}…
          </button>
        </div>
      )}
    </section>
  );
}
