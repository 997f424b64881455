import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import type { Telling } from '../../../shared/submission';
import { TELLING_METHOD_LABELS } from '../../../shared/submission';
import { fromUkDateAndTime, toUkDateAndTime } from '../../../shared/uk-time';
import { useApi } from '../api/api-context';
import { UkDateTime } from '../common/UkDateTime';
import { Field, issuesByPath } from '../form-kit';
import { displayZone } from '../display-zone';

type Method = keyof typeof TELLING_METHOD_LABELS;

/** Art. 34: when the risk to people is high they must be told; this records when, how and by whom. */
export function TellingSection({ incidentId }: { incidentId: number }) {
  const api = useApi();
  const now = toUkDateAndTime(new Date(), displayZone());
  const [list, setList] = useState<Telling[]>([]);
  const [date, setDate] = useState(now.date);
  const [time, setTime] = useState(now.time);
  const [method, setMethod] = useState<Method>('email');
  const [toldBy, setToldBy] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  useEffect(() => {
    void api.call('telling:list', { incidentId }).then((result) => {
      if (result.ok) setList(result.value);
    });
  }, [api, incidentId]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const toldAt = fromUkDateAndTime(date, time, displayZone());
    if (!toldAt) {
      setErrors({ toldAt: 'Enter the date as day/month/year and the time on the 24-hour clock' });
      return;
    }
    const result = await api.call('telling:record', { incidentId, toldAt: toldAt.toISOString(), method, toldBy, note });
    if (result.ok) {
      setList(result.value);
      setErrors({});
      setNote('');
    } else setErrors(issuesByPath(result.error.issues));
  }

  return (
    <section aria-labelledby="telling-heading" className="record-section">
      <h2 id="telling-heading">Telling the people affected</h2>
      <p className="help">Needed when the assessment says the risk to them is high, unless an exception applies.</p>
      {list.length > 0 ? (
        <ul>
          {list.map((t) => (
            <li key={t.id}>
              <UkDateTime instant={t.toldAt} />: {TELLING_METHOD_LABELS[t.method]}, by {t.toldBy}
              {t.note ? ` — ${t.note}` : ''}
            </li>
          ))}
        </ul>
      ) : (
        <p>Nobody has been recorded as told yet.</p>
      )}
      <form className="clock-form" onSubmit={(event) => void submit(event)} noValidate aria-label="Record that people were told">
        <div className="date-time-inputs">
          <Field id="told-date" label="Date told (dd/mm/yyyy)" error={errors['toldAt']}>
            {(aria) => <input {...aria} className="input-date" inputMode="numeric" value={date} onChange={(e) => setDate(e.target.value)} />}
          </Field>
          <Field id="told-time" label="Time (24-hour)">
            {(aria) => <input {...aria} className="input-time" inputMode="numeric" value={time} onChange={(e) => setTime(e.target.value)} />}
          </Field>
        </div>
        <Field id="told-method" label="How">
          {(aria) => (
            <select {...aria} value={method} onChange={(e) => setMethod(e.target.value as Method)}>
              {(Object.keys(TELLING_METHOD_LABELS) as Method[]).map((m) => (
                <option key={m} value={m}>
                  {TELLING_METHOD_LABELS[m]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="told-by" label="Told by" error={errors['toldBy']}>
          {(aria) => <input {...aria} value={toldBy} onChange={(e) => setToldBy(e.target.value)} />}
        </Field>
        <Field id="told-note" label="Note (optional)">
          {(aria) => <input {...aria} value={note} onChange={(e) => setNote(e.target.value)} />}
        </Field>
        <button type="submit" className="button">
          Record that they were told
        </button>
      </form>
    </section>
  );
}
