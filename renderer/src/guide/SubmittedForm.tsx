import { useState } from 'react';
import type { FormEvent } from 'react';
import { icoDeadline } from '../../../shared/deadline';
import type { Incident } from '../../../shared/incident';
import type { Submission } from '../../../shared/submission';
import { fromUkDateAndTime, toUkDateAndTime } from '../../../shared/uk-time';
import { useApi } from '../api/api-context';
import { Field as SimpleField, issuesByPath } from '../form-kit';
import { displayZone } from '../display-zone';

/** "I've submitted it": records the online report, its time and the ICO's case reference. */
export function SubmittedForm(props: {
  incident: Incident;
  followUp: boolean;
  lastCaseReference: string;
  whatWasSent: string;
  onSaved: (list: Submission[]) => void;
}) {
  const api = useApi();
  const start = toUkDateAndTime(new Date(), displayZone());
  const [date, setDate] = useState(start.date);
  const [time, setTime] = useState(start.time);
  const [caseReference, setCaseReference] = useState(props.lastCaseReference);
  const [lateReason, setLateReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const submittedAt = fromUkDateAndTime(date, time, displayZone());
  const late = Boolean(props.incident.awareAt && submittedAt && submittedAt > icoDeadline(new Date(props.incident.awareAt)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (!submittedAt) {
      setErrors({ submittedAt: 'Enter the date as day/month/year and the time on the 24-hour clock' });
      return;
    }
    setBusy(true);
    const result = await api.call('submission:record', {
      incidentId: props.incident.id,
      kind: props.followUp ? 'follow_up' : 'initial',
      submittedAt: submittedAt.toISOString(),
      channel: 'online_form',
      whatWasSent: props.whatWasSent,
      icoCaseReference: caseReference,
      lateReason,
    });
    setBusy(false);
    if (result.ok) {
      setErrors({});
      props.onSaved(result.value);
    } else setErrors({ form: result.error.message, ...issuesByPath(result.error.issues) });
  }

  return (
    <form className="clock-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="submitted-heading">
      <h2 id="submitted-heading">I’ve submitted it</h2>
      <p>When the ICO’s form confirms your report, record it here. The 72-hour clock stops and the register keeps the answers you sent.</p>
      {errors['form'] ? (
        <p className="error-box" role="alert">
          {errors['form']}
        </p>
      ) : null}
      <div className="date-time-inputs">
        <SimpleField id="sent-date" label="Date sent (dd/mm/yyyy)" error={errors['submittedAt']}>
          {(aria) => <input {...aria} className="input-date" inputMode="numeric" value={date} onChange={(e) => setDate(e.target.value)} />}
        </SimpleField>
        <SimpleField id="sent-time" label="Time sent (24-hour)">
          {(aria) => <input {...aria} className="input-time" inputMode="numeric" value={time} onChange={(e) => setTime(e.target.value)} />}
        </SimpleField>
      </div>
      <SimpleField
        id="case-reference"
        label={props.followUp ? 'ICO case reference' : 'ICO case reference (if the ICO has given one)'}
        help="The ICO’s confirmation email gives it; a follow-up report must quote it."
        error={errors['icoCaseReference']}
      >
        {(aria) => <input {...aria} value={caseReference} onChange={(e) => setCaseReference(e.target.value)} />}
      </SimpleField>
      {late || errors['lateReason'] ? (
        <SimpleField
          id="sent-late-reason"
          label="Reasons for reporting after 72 hours"
          help="This report is after the deadline. The law asks for the reasons for the delay (Art. 33(1))."
          error={errors['lateReason']}
        >
          {(aria) => <textarea {...aria} rows={3} value={lateReason} onChange={(e) => setLateReason(e.target.value)} />}
        </SimpleField>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          Record the submission
        </button>
      </div>
    </form>
  );
}
