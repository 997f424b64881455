import type { RegimeId } from '../../../shared/regimes';
import { REGIME_IDS, REGIMES } from '../../../shared/regimes';
import { RadioField } from '../form-kit';

/** Which breach-reporting rules apply: UK GDPR for nearly every office, PECR for communications providers. */
export function RegimeSetting({ regime, onChange }: { regime: RegimeId; onChange: (regime: RegimeId) => void }) {
  const chosen = REGIMES[regime];
  return (
    <>
      <RadioField
        id="regime"
        className="regime-setting"
        legend={<h2>Which rules apply to your breaches</h2>}
        help="Choose PECR only if your organisation provides a public electronic communications service (a telephone or internet service for the public). Everyone else keeps UK GDPR."
        options={REGIME_IDS.map((id) => ({ value: id, label: REGIMES[id].name, hint: REGIMES[id].appliesTo }))}
        value={regime}
        onChange={onChange}
      />
      <p className="help" aria-live="polite">
        {chosen.reportRule} ({chosen.reportCitation}). {chosen.tellPeopleRule} ({chosen.tellPeopleCitation}).
      </p>
    </>
  );
}
