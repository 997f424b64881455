import type { Incident } from '../../../shared/incident';
import type { Regime } from '../../../shared/regimes';

/** The regime's reporting rule under the clock, and where an assessment's "no report" does not apply. */
export function RegimeRule({ regime, incident }: { regime: Regime; incident: Pick<Incident, 'reportDecision' | 'reportedAt'> }) {
  return (
    <>
      <p className="help">
        {regime.reportRule} ({regime.reportCitation})
      </p>
      {regime.reportsEveryBreach && incident.reportDecision === 'not_required' && incident.reportedAt === null ? (
        <p className="clock-summary" role="note">
          Under {regime.name} every personal data breach is reported to {regime.authority}, whatever the risk: report this one too.
        </p>
      ) : null}
    </>
  );
}
