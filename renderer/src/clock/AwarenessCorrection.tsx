import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Incident } from '../../../shared/incident';
import { fromUkDateAndTime, toUkDateAndTime } from '../../../shared/uk-time';
import { useApi } from '../api/api-context';
import { Field, issuesByPath } from '../form-kit';
import { displayZone } from '../display-zone';

/** Moving the time of awareness moves the deadline, so it needs a reason for the audit trail. */
export function AwarenessCorrection({ incident, onSaved }: { incident: Incident; onSaved: (incident: Incident) => void }) {
  const api = useApi();
  const current = incident.awareAt ? toUkDateAndTime(incident.awareAt, displayZone()) : { date: '', time: '' };
  const [open, setOpen] = useState(false);
  const [date, setDate] = useState(current.date);
  const [time, setTime] = useState(current.time);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  if (!incident.awareAt) return null;
  if (!open) {
    return (
      <button type="button" className="button" onClick={() => setOpen(true)}>
        Correct the time of awareness…
      </button>
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const awareAt = fromUkDateAndTime(date, time, displayZone());
    if (!awareAt) {
      setErrors({ awareAt: 'Enter the date as day/month/year and the time on the 24-hour clock' });
      return;
    }
    const result = await api.call('incident:correct-awareness', { id: incident.id, awareAt: awareAt.toISOString(), reason });
    if (result.ok) {
      setOpen(false);
      onSaved(result.value);
    } else setErrors(issuesByPath(result.error.issues));
  }

  return (
    <form className="clock-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="awareness-heading">
      <h3 id="awareness-heading">Correct the time of awareness</h3>
      <p className="help">The 72-hour deadline moves with it. The old time, the new time and your reason go on the audit trail.</p>
      <div className="date-time-inputs">
        <Field id="corrected-date" label="Date (dd/mm/yyyy)" error={errors['awareAt']}>
          {(aria) => <input {...aria} className="input-date" inputMode="numeric" value={date} onChange={(e) => setDate(e.target.value)} />}
        </Field>
        <Field id="corrected-time" label="Time (24-hour)">
          {(aria) => <input {...aria} className="input-time" inputMode="numeric" value={time} onChange={(e) => setTime(e.target.value)} />}
        </Field>
      </div>
      <Field id="correction-reason" label="Why it changed" error={errors['reason']}>
        {(aria) => <textarea {...aria} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          Save the corrected time
        </button>
        <button type="button" className="button" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
