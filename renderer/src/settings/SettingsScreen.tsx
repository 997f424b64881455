import { useEffect, useState } from 'react';
import { useApi } from '../api/api-context';
import { VerifyRegisterSection } from '../verify/VerifyRegisterSection';
import { COMMON_TIME_ZONES } from '../../../shared/settings';
import { StartAtSignInSetting } from '../desktop/StartAtSignInSetting';
import { displayZone, setDisplayZone } from '../display-zone';
import type { RegimeId } from '../../../shared/regimes';
import { DEFAULT_REGIME } from '../../../shared/regimes';
import { RegimeSetting } from '../roles/RegimeSetting';
import { Field } from '../form-kit';

/** Register settings (retention) and the check that the audit trail has not been tampered with. */
export function SettingsScreen() {
  const api = useApi();
  const [retention, setRetention] = useState('');
  const [timeZone, setTimeZone] = useState(displayZone());
  const [regime, setRegime] = useState<RegimeId>(DEFAULT_REGIME);
  const [message, setMessage] = useState('');

  useEffect(() => {
    void api.call('settings:get', {}).then((result) => {
      if (result.ok) {
        setRetention(String(result.value.retentionYears));
        setTimeZone(result.value.timeZone);
        setRegime(result.value.regime);
      }
    });
  }, [api]);

  async function save() {
    const years = Number(retention);
    const result = await api.call('settings:update', { retentionYears: Number.isInteger(years) ? years : -1, timeZone, regime });
    if (result.ok) setDisplayZone(result.value.timeZone);
    setMessage(result.ok ? 'Saved.' : (result.error.issues?.[0]?.message ?? result.error.message));
  }

  return (
    <section aria-labelledby="settings-heading">
      <h1 id="settings-heading">Settings</h1>
      <p className="lead">
        Backups, restoring, locking and the recovery key are under <a href="#/security">Security and backups</a>. The
        organisation’s details for the ICO report are under <a href="#/settings/organisation">Organisation</a>.
      </p>
      <h2>Retention</h2>
      <p className="lead">
        How long closed breaches are kept. Set a period and review the register against it; records past it can then be
        removed from their page.
      </p>
      <Field id="retention-years" label="Keep closed breaches for (years)" className="narrow">
        {(control) => <input inputMode="numeric" className="input-number" value={retention} onChange={(e) => setRetention(e.target.value)} {...control} />}
      </Field>
      <h2>Time zone</h2>
      <p className="lead">Times are shown and typed in this zone. The 72-hour deadline is the same moment whatever the zone.</p>
      <Field id="time-zone" label="Time zone" className="narrow">
        {(control) => (
        <select value={timeZone} onChange={(e) => setTimeZone(e.target.value)} {...control}>
          {[...new Set([timeZone, ...COMMON_TIME_ZONES])].map((zone) => (
            <option key={zone} value={zone}>
              {zone.replace('_', ' ')}
            </option>
          ))}
        </select>
        )}
      </Field>
      <RegimeSetting regime={regime} onChange={setRegime} />
      <div className="form-actions">
        <button type="button" className="button" onClick={() => void save()}>
          Save settings
        </button>
      </div>
      <p role="status">{message}</p>
      <StartAtSignInSetting />
      <VerifyRegisterSection />
    </section>
  );
}
