import { useEffect, useState } from 'react';
import type { Regime } from '../../../shared/regimes';
import { DEFAULT_REGIME, regimeFor } from '../../../shared/regimes';
import { useApi } from '../api/api-context';

/** The regime chosen in Settings (UK GDPR until the settings have been read). */
export function useRegime(): Regime {
  const api = useApi();
  const [regime, setRegime] = useState<Regime>(regimeFor(DEFAULT_REGIME));
  useEffect(() => {
    let live = true;
    void api.call('settings:get', {}).then((result) => {
      if (live && result.ok) setRegime(regimeFor(result.value.regime));
    });
    return () => {
      live = false;
    };
  }, [api]);
  return regime;
}
