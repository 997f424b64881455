import type { AssessmentVersion } from '../../../shared/assessment-record';
import { routeHref } from '../common/use-route';
import { ErrorMessage } from '../common/ErrorMessage';
import { UkDateTime } from '../common/UkDateTime';
import { REPORT_LABELS, tellPeopleText } from './assessment-labels';
import { OutcomeList } from './OutcomeList';
import { ReasonList } from './ReasonList';
import { useAssessmentHistory } from './use-assessment-history';
import { VersionList } from './VersionList';

/**
 * The incident's current risk decision for its page: what was decided and why, a warning
 * when the record has since changed in a way that changes the advice, a way to assess
 * (again), and every earlier version.
 */
export function AssessmentPanel({ incidentId }: { incidentId: number }) {
  const { history, error } = useAssessmentHistory(incidentId);
  const headingId = `assessment-heading-${incidentId}`;
  const current = history?.versions[0];
  const assessLink = routeHref({ screen: 'assess-incident', id: incidentId });

  return (
    <section className="assess-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Risk assessment</h2>
      <ErrorMessage error={error} />
      {!history ? (
        error ? null : <p role="status">Loading the assessment…</p>
      ) : !current ? (
        <>
          <p>Not assessed yet. Answer a few questions to find out whether to report this breach to the ICO and tell the people affected.</p>
          <a className="button" href={assessLink}>
            Assess the risk
          </a>
        </>
      ) : (
        <>
          {history.outOfDate.stale ? (
            <div className="assess-stale" role="status">
              <strong>This assessment is out of date.</strong> {history.outOfDate.reason} Assess the risk again to check the
              decision.
            </div>
          ) : null}
          <CurrentDecision version={current} />
          <a className="button" href={assessLink}>
            Assess the risk again
          </a>
          {history.versions.length > 1 ? <VersionList versions={history.versions.slice(1)} /> : null}
        </>
      )}
    </section>
  );
}

function CurrentDecision({ version }: { version: AssessmentVersion }) {
  const { advice, decision } = version;
  return (
    <>
      <p className="assess-meta">
        Version {version.version}, decided by {version.actor} on <UkDateTime instant={version.createdAt} />.
      </p>
      <OutcomeList riskLevel={advice.riskLevel} reportToIco={decision.reportToIco} tellPeople={tellPeopleText(decision)} />
      {decision.followsAdvice ? (
        <p>This decision follows Breachlog’s advice.</p>
      ) : (
        <div className="assess-differs">
          <p>This decision is different from Breachlog’s advice, which was:</p>
          <ul>
            <li>Report to the ICO: {REPORT_LABELS[advice.reportToIco]}</li>
            <li>Tell the people affected: {tellPeopleText(advice)}</li>
          </ul>
          <p>
            Reason given: <q>{decision.justification}</q>
          </p>
        </div>
      )}
      {advice.provisional ? <p>The advice was provisional: some answers were still “I don’t know yet”.</p> : null}
      <h3>Why Breachlog advised this</h3>
      <ReasonList reasons={advice.reasons} label={`Reasons for assessment version ${version.version}`} />
    </>
  );
}
