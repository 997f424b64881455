import { useEffect, useMemo, useRef, useState } from 'react';
import type { DocumentModel } from '../../../shared/documents/document-model';
import {
  ICO_FORM_URL,
  ICO_HAVE_READY,
  ICO_HELPLINE,
  ICO_HELPLINE_HOURS,
  companionText,
  icoCompanion,
} from '../../../shared/documents/ico-companion';
import type { Incident } from '../../../shared/incident';
import { compareInstants } from '../../../shared/instant';
import type { AppErrorShape } from '../../../shared/result';
import type { Submission } from '../../../shared/submission';
import { useApi } from '../api/api-context';
import { ErrorMessage } from '../common/ErrorMessage';
import { UkDateTime } from '../common/UkDateTime';
import { routeHref } from '../common/use-route';
import { useNow } from '../common/use-now';
import { BreachClockStrip } from './BreachClockStrip';
import { CopyButton } from './CopyButton';
import { NextStepCard } from './NextStepCard';
import { SubmittedForm } from './SubmittedForm';
import { useNextStep } from './use-next-step';
import './guide.css';

/** Kept with each submission so a follow-up can show what changed; read back by parseCompanionText. */
const SENT_PREFIX = 'Answers from the Breachlog companion when this report was sent:\n\n';

/** `#/incident/:id/ico`: the ICO's online form, section by section, each answer ready to copy. */
export function IcoCompanionScreen({ id }: { id: number }) {
  const api = useApi();
  const now = useNow(30_000);
  const [incident, setIncident] = useState<Incident | null>(null);
  const [draft, setDraft] = useState<DocumentModel | null>(null);
  const [submissions, setSubmissions] = useState<Submission[] | null>(null);
  const [recorded, setRecorded] = useState<Submission | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [version, setVersion] = useState(0);
  const doneHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    void Promise.all([
      api.call('incident:get', { id }),
      api.call('document:preview', { request: { kind: 'ico-report', incidentId: id } }),
      api.call('submission:list', { incidentId: id }),
    ]).then(([i, d, s]) => {
      if (i.ok) setIncident(i.value);
      else setError(i.error);
      if (d.ok) setDraft(d.value);
      else setError(d.error);
      if (s.ok) setSubmissions([...s.value].sort((a, b) => compareInstants(a.submittedAt, b.submittedAt)));
      else setError(s.error);
    });
  }, [api, id, version]);

  useEffect(() => {
    if (recorded) doneHeading.current?.focus();
  }, [recorded]);

  const step = useNextStep(incident, now, version);
  const last = submissions?.at(-1) ?? null;
  const companion = useMemo(
    () => (draft && submissions ? icoCompanion(draft, last ? last.whatWasSent.replace(SENT_PREFIX, '') : null) : null),
    [draft, submissions, last],
  );
  const fullText = useMemo(() => (draft ? SENT_PREFIX + companionText(icoCompanion(draft, null)) : ''), [draft]);

  if (!incident || !companion || !submissions) {
    return (
      <section aria-labelledby="companion-heading">
        <ErrorMessage error={error} />
        <h1 id="companion-heading">{error ? 'Report not available' : 'Preparing the report…'}</h1>
      </section>
    );
  }

  if (recorded) {
    return (
      <section aria-labelledby="companion-done-heading">
        <BreachClockStrip incident={incident} />
        <h1 id="companion-done-heading" ref={doneHeading} tabIndex={-1}>
          Submission recorded
        </h1>
        <p role="status">
          Your report to the ICO on <UkDateTime instant={recorded.submittedAt} /> is recorded
          {recorded.icoCaseReference ? `, with the ICO case reference ${recorded.icoCaseReference}` : ''}. The 72-hour clock has
          stopped.
        </p>
        <NextStepCard incident={incident} step={step} />
        <p>
          <a href={routeHref({ screen: 'incident', id })}>Back to {incident.reference}</a>
        </p>
      </section>
    );
  }

  const caseReference = [...submissions].reverse().find((s) => s.icoCaseReference.trim() !== '')?.icoCaseReference ?? '';
  return (
    <section aria-labelledby="companion-heading" className="companion">
      <p>
        <a href={routeHref({ screen: 'incident', id })}>← Back to {incident.reference}</a>
      </p>
      <BreachClockStrip incident={incident} />
      <h1 id="companion-heading">{companion.followUp ? 'Follow-up report to the ICO' : 'Report to the ICO'}</h1>
      <ErrorMessage error={error} />
      <section aria-labelledby="where-heading">
        <h2 id="where-heading">Where to report</h2>
        <p>
          Online, with the ICO’s personal data breach form: <strong className="companion-value">{ICO_FORM_URL}</strong>{' '}
          <CopyButton text={ICO_FORM_URL} what="the ICO’s web address" />
        </p>
        <p>
          Or by phone, on the ICO helpline <strong>{ICO_HELPLINE}</strong> ({ICO_HELPLINE_HOURS}). Report cyber incidents online.
        </p>
        {companion.followUp ? (
          <p>
            This is a follow-up: the ICO already has your report of <UkDateTime instant={last?.submittedAt ?? ''} />. Below are only the
            answers that changed since then, with the first part so you can quote the case reference
            {caseReference ? ` (${caseReference})` : ''}.
          </p>
        ) : (
          <>
            <h3>Have this ready before you start</h3>
            <ul>
              {ICO_HAVE_READY.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </>
        )}
        <p className="help">
          Don’t copy the breached data itself (for example the names of the people affected) into the form: the ICO asks for it if it
          needs it.
          {companion.unknownCount > 0
            ? ` ${companion.unknownCount} ${companion.unknownCount === 1 ? 'answer is' : 'answers are'} not known yet: say so in the form and send it in a follow-up.`
            : ''}
        </p>
      </section>
      {companion.sections.length === 1 && companion.followUp && companion.sections[0] ? (
        <p>Nothing has changed in the record since the last report.</p>
      ) : null}
      {companion.sections.map((section, index) => {
        const headingId = `companion-section-${index}`;
        return (
          <section key={section.heading} className="companion-section" aria-labelledby={headingId}>
            <h2 id={headingId}>{section.heading}</h2>
            <ul className="companion-answers">
              {section.answers.map((a) => (
                <li key={a.question} className="companion-answer">
                  <span className="companion-question">
                    {a.question}
                    {a.changed ? <span className="companion-changed">Changed</span> : null}
                  </span>
                  <span className={`companion-value${a.unknown ? ' unknown' : ''}`}>{a.answer}</span>
                  <CopyButton text={a.answer} what={a.question} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      <SubmittedForm
        incident={incident}
        followUp={submissions.length > 0}
        lastCaseReference={caseReference}
        whatWasSent={fullText}
        onSaved={(list) => {
          const sorted = [...list].sort((a, b) => compareInstants(a.submittedAt, b.submittedAt));
          setRecorded(sorted.at(-1) ?? null);
          setVersion((v) => v + 1);
        }}
      />
    </section>
  );
}
