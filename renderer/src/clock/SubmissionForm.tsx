import { useState } from 'react';
import type { FormEvent } from 'react';
import { icoDeadline } from '../../../shared/deadline';
import type { Incident } from '../../../shared/incident';
import type { Submission } from '../../../shared/submission';
import { SUBMISSION_CHANNEL_LABELS, SUBMISSION_KIND_LABELS } from '../../../shared/submission';
import { fromUkDateAndTime, toUkDateAndTime } from '../../../shared/uk-time';
import { useApi } from '../api/api-context';
import { Field, RadioField, issuesByPath, optionsFrom } from '../form-kit';
import { displayZone } from '../display-zone';

/** Records a report made to the ICO; after the deadline it asks for the reasons for the delay. */
export function SubmissionForm({ incident, onSaved }: { incident: Incident; onSaved: (list: Submission[]) => void }) {
  const api = useApi();
  const now = toUkDateAndTime(new Date(), displayZone());
  const [kind, setKind] = useState<'initial' | 'follow_up'>(incident.reportedAt ? 'follow_up' : 'initial');
  const [date, setDate] = useState(now.date);
  const [time, setTime] = useState(now.time);
  const [channel, setChannel] = useState<'online_form' | 'phone'>('online_form');
  const [whatWasSent, setWhatWasSent] = useState('');
  const [caseReference, setCaseReference] = useState('');
  const [lateReason, setLateReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submittedAt = fromUkDateAndTime(date, time, displayZone());
  const late = Boolean(incident.awareAt && submittedAt && submittedAt > icoDeadline(new Date(incident.awareAt)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!submittedAt) {
      setErrors({ submittedAt: 'Enter the date as day/month/year and the time on the 24-hour clock' });
      return;
    }
    const result = await api.call('submission:record', {
      incidentId: incident.id,
      kind,
      submittedAt: submittedAt.toISOString(),
      channel,
      whatWasSent,
      icoCaseReference: caseReference,
      lateReason,
    });
    if (result.ok) {
      setErrors({});
      onSaved(result.value);
    } else {
      setErrors({ form: result.error.message, ...issuesByPath(result.error.issues) });
    }
  }

  return (
    <form className="clock-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="submission-form-heading">
      <h3 id="submission-form-heading">Record a report to the ICO</h3>
      {errors['form'] ? (
        <p className="error-box" role="alert">
          {errors['form']}
        </p>
      ) : null}
      <RadioField id="submission-kind" legend="Which report" options={optionsFrom(SUBMISSION_KIND_LABELS)} value={kind} onChange={setKind} />
      <div className="date-time-inputs">
        <Field id="submitted-date" label="Date sent (dd/mm/yyyy)" error={errors['submittedAt']}>
          {(aria) => <input {...aria} className="input-date" inputMode="numeric" value={date} onChange={(e) => setDate(e.target.value)} />}
        </Field>
        <Field id="submitted-time" label="Time sent (24-hour)">
          {(aria) => <input {...aria} className="input-time" inputMode="numeric" value={time} onChange={(e) => setTime(e.target.value)} />}
        </Field>
      </div>
      <RadioField id="submission-channel" legend="How" options={optionsFrom(SUBMISSION_CHANNEL_LABELS)} value={channel} onChange={setChannel} />
      <Field id="what-was-sent" label="What was sent or said" help="A summary is enough; keep a copy of the report itself." error={errors['whatWasSent']}>
        {(aria) => <textarea {...aria} rows={3} value={whatWasSent} onChange={(e) => setWhatWasSent(e.target.value)} />}
      </Field>
      <Field id="ico-case-reference" label="ICO case reference" help="The ICO gives one after the initial report; a follow-up must quote it." error={errors['icoCaseReference']}>
        {(aria) => <input {...aria} value={caseReference} onChange={(e) => setCaseReference(e.target.value)} />}
      </Field>
      {late || errors['lateReason'] ? (
        <Field
          id="late-reason"
          label="Reasons for reporting after 72 hours"
          help="This report is after the deadline. The law asks for the reasons for the delay (Art. 33(1))."
          error={errors['lateReason']}
        >
          {(aria) => <textarea {...aria} rows={3} value={lateReason} onChange={(e) => setLateReason(e.target.value)} />}
        </Field>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          Record the report
        </button>
      </div>
    </form>
  );
}
