import { useEffect, useState } from 'react';
import { CLOCK_STATE_LABELS, clockState, clockSummary } from '../../../shared/deadline';
import type { Incident } from '../../../shared/incident';
import type { Submission } from '../../../shared/submission';
import { SUBMISSION_CHANNEL_LABELS, SUBMISSION_KIND_LABELS } from '../../../shared/submission';
import { useApi } from '../api/api-context';
import { UkDateTime } from '../common/UkDateTime';
import { AwarenessCorrection } from './AwarenessCorrection';
import { SubmissionForm } from './SubmissionForm';
import { RegimeRule } from '../roles/RegimeRule';
import { useRegime } from '../roles/use-regime';

/** The 72-hour clock for one incident: its state, reports made, and correcting its start. */
export function ClockPanel({ incident, now, onChanged }: { incident: Incident; now: Date; onChanged: () => void }) {
  const api = useApi();
  const [submissions, setSubmissions] = useState<Submission[]>([]);
  const [formOpen, setFormOpen] = useState(false);
  const regime = useRegime();
  const clock = clockState(incident, now, regime);

  useEffect(() => {
    void api.call('submission:list', { incidentId: incident.id }).then((result) => {
      if (result.ok) setSubmissions(result.value);
    });
  }, [api, incident.id]);

  return (
    <section aria-labelledby="clock-heading" className={`record-section clock-panel clock-${clock.state}`}>
      <h2 id="clock-heading">
        {regime.clockHeading}: {CLOCK_STATE_LABELS[clock.state]}
      </h2>
      <p className="clock-summary">{clockSummary(clock)}</p>
      <RegimeRule regime={regime} incident={incident} />
      {clock.deadline ? (
        <p>
          Deadline to report to the ICO: <UkDateTime instant={clock.deadline} />
        </p>
      ) : null}
      {submissions.length > 0 ? (
        <ul aria-label="Reports made to the ICO">
          {submissions.map((s) => (
            <li key={s.id}>
              {SUBMISSION_KIND_LABELS[s.kind]} on <UkDateTime instant={s.submittedAt} /> via {SUBMISSION_CHANNEL_LABELS[s.channel]}
              {s.icoCaseReference ? `, ICO case reference ${s.icoCaseReference}` : ''}
              {s.late ? ` — late; reasons given: ${s.lateReason}` : ' — on time'}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="form-actions">
        {incident.awareAt && !formOpen ? (
          <button type="button" className="button" onClick={() => setFormOpen(true)}>
            {incident.reportedAt ? 'Record a follow-up report…' : 'Record a report to the ICO…'}
          </button>
        ) : null}
        <AwarenessCorrection incident={incident} onSaved={onChanged} />
      </div>
      {formOpen ? (
        <SubmissionForm
          incident={incident}
          onSaved={(list) => {
            setSubmissions(list);
            setFormOpen(false);
            onChanged();
          }}
        />
      ) : null}
    </section>
  );
}
