import type { ReactNode } from 'react';
import type { RecordedDecision } from '../../../shared/assessment-record';
import type { RiskLevel } from '../../../shared/assessment';
import { REPORT_LABELS, RISK_LEVEL_LABELS } from './assessment-labels';

/** The three answers that matter, as advised or as decided: the risk, the ICO report, telling the people. */
export function OutcomeList(props: { riskLevel: RiskLevel; reportToIco: RecordedDecision['reportToIco']; tellPeople: ReactNode }) {
  return (
    <dl className="assess-outcome">
      <div>
        <dt>Risk to the people affected</dt>
        <dd>{RISK_LEVEL_LABELS[props.riskLevel]}</dd>
      </div>
      <div>
        <dt>Report to the ICO</dt>
        <dd>{REPORT_LABELS[props.reportToIco]}</dd>
      </div>
      <div>
        <dt>Tell the people affected</dt>
        <dd>{props.tellPeople}</dd>
      </div>
    </dl>
  );
}
