import type { AssessmentVersion } from '../../../shared/assessment-record';
import { UkDateTime } from '../common/UkDateTime';
import { REPORT_LABELS, tellPeopleText } from './assessment-labels';

/** Earlier assessments of the incident: every version stays on the record. */
export function VersionList({ versions }: { versions: readonly AssessmentVersion[] }) {
  return (
    <table className="register-table assess-versions">
      <caption className="assess-caption">Earlier assessments</caption>
      <thead>
        <tr>
          <th scope="col">Version</th>
          <th scope="col">Date</th>
          <th scope="col">Who</th>
          <th scope="col">Report to the ICO</th>
          <th scope="col">Tell the people affected</th>
          <th scope="col">Advice followed</th>
        </tr>
      </thead>
      <tbody>
        {versions.map((version) => (
          <tr key={version.id}>
            <td>{version.version}</td>
            <td>
              <UkDateTime instant={version.createdAt} />
            </td>
            <td>{version.actor}</td>
            <td>{REPORT_LABELS[version.decision.reportToIco]}</td>
            <td>{tellPeopleText(version.decision)}</td>
            <td>{version.decision.followsAdvice ? 'Yes' : 'No'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
