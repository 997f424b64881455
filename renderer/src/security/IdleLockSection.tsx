import { useState } from 'react';
import type { SecurityStatus } from '../../../shared/contract/security-operations';
import { useApi } from '../api/api-context';
import { Field } from '../form-kit';

/** How soon the register locks itself, and how often Breachlog reminds the person to back up. */
export function IdleLockSection({ status, onSaved }: { status: SecurityStatus; onSaved: (status: SecurityStatus) => void }) {
  const api = useApi();
  const [minutes, setMinutes] = useState(String(status.idleLockMinutes));
  const [days, setDays] = useState(String(status.backupReminderDays));
  const [message, setMessage] = useState('');

  async function save() {
    const result = await api.call('security:update', { idleLockMinutes: toInt(minutes), backupReminderDays: toInt(days) });
    if (result.ok) onSaved(result.value);
    setMessage(result.ok ? 'Saved.' : (result.error.issues?.[0]?.message ?? result.error.message));
  }

  return (
    <section aria-labelledby="idle-heading">
      <h2 id="idle-heading">Locking and reminders</h2>
      <Field id="idle-minutes" label="Lock after this many minutes without use" className="narrow">
        {(control) => <input inputMode="numeric" className="input-number" value={minutes} onChange={(e) => setMinutes(e.target.value)} {...control} />}
      </Field>
      <Field id="backup-days" label="Remind me to back up every (days)" className="narrow">
        {(control) => <input inputMode="numeric" className="input-number" value={days} onChange={(e) => setDays(e.target.value)} {...control} />}
      </Field>
      <div className="form-actions">
        <button type="button" className="button" onClick={() => void save()}>
          Save
        </button>
      </div>
      <p role="status">{message}</p>
    </section>
  );
}

function toInt(text: string): number {
  const value = Number(text.trim());
  return Number.isInteger(value) ? value : -1;
}
