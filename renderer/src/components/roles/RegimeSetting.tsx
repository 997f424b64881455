import type { RegimeId } from '../../../../shared/regimes';
import { REGIME_IDS, REGIMES } from '../../../../shared/regimes';

/** Which breach-reporting rules apply: UK GDPR for nearly every office, PECR for communications providers. */
export function RegimeSetting({ regime, onChange }: { regime: RegimeId; onChange: (regime: RegimeId) => void }) {
  const chosen = REGIMES[regime];
  return (
    <fieldset className="choice-group regime-setting">
      <legend>
        <h2>Which rules apply to your breaches</h2>
      </legend>
      <p className="help" id="regime-help">
        Choose PECR only if your organisation provides a public electronic communications service (a telephone or internet
        service for the public). Everyone else keeps UK GDPR.
      </p>
      {REGIME_IDS.map((id) => (
        <div className="choice" key={id}>
          <input
            type="radio"
            id={`regime-${id}`}
            name="regime"
            value={id}
            checked={regime === id}
            aria-describedby={`regime-${id}-applies`}
            onChange={() => onChange(id)}
          />
          <label htmlFor={`regime-${id}`}>{REGIMES[id].name}</label>
          <p className="help" id={`regime-${id}-applies`}>
            {REGIMES[id].appliesTo}
          </p>
        </div>
      ))}
      <p className="help" aria-live="polite">
        {chosen.reportRule} ({chosen.reportCitation}). {chosen.tellPeopleRule} ({chosen.tellPeopleCitation}).
      </p>
    </fieldset>
  );
}
