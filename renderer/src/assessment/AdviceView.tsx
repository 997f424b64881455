import type { AssessmentResult } from '../../../shared/assessment';
import { PUBLIC_NOTICE_TEXT, SEVERITY_BAND_LABELS, tellPeopleText } from './assessment-labels';
import { OutcomeList } from './OutcomeList';
import { ReasonList } from './ReasonList';

/** The engine's advice in full: the three answers that matter, why, what to find out, and the ENISA aid. */
export function AdviceView({ advice }: { advice: AssessmentResult }) {
  const score = advice.severityScore;
  return (
    <div className="assess-advice">
      {advice.provisional ? (
        <p className="assess-provisional">
          <strong>This advice is provisional.</strong> Some answers are still “I don’t know yet”, so it assumes the worst for
          them. Find out what is listed below and assess again.
        </p>
      ) : null}
      <OutcomeList
        riskLevel={advice.riskLevel}
        reportToIco={advice.reportToIco}
        tellPeople={
          <>
            {tellPeopleText(advice)}
            {advice.publicNoticeNeeded ? <span className="assess-public-notice"> {PUBLIC_NOTICE_TEXT}</span> : null}
          </>
        }
      />

      <h2>Why</h2>
      <ReasonList reasons={advice.reasons} label="Reasons for the advice" />

      {advice.toFindOut.length > 0 ? (
        <>
          <h2>To find out</h2>
          <ul className="assess-find-out">
            {advice.toFindOut.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </>
      ) : null}

      <h2>Severity score (ENISA method)</h2>
      <p>
        {score.score.toLocaleString('en-GB', { maximumFractionDigits: 2 })}, which is {SEVERITY_BAND_LABELS[score.band]}{' '}
        severity (data context {score.dataProcessingContext} × ease of identification {score.easeOfIdentification} +
        circumstances {score.circumstances}).
      </p>
      <p className="help">
        This score is an aid to judgement only. It does not decide whether to report: the advice above follows the legal
        test in UK GDPR Articles 33 and 34.
      </p>
    </div>
  );
}
