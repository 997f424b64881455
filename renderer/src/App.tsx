import { useEffect, useState } from 'react';
import type { SessionStatus } from '../../shared/session';
import { useApi } from './api/api-context';
import { useRoute } from './hooks/use-route';
import { IncidentScreen } from './screens/IncidentScreen';
import { NewIncidentScreen } from './screens/NewIncidentScreen';
import { RegisterScreen } from './screens/RegisterScreen';
import { UnavailableScreen } from './screens/UnavailableScreen';
import { UnlockScreen } from './screens/UnlockScreen';

export function App() {
  const api = useApi();
  const route = useRoute();
  const [status, setStatus] = useState<SessionStatus | null>(null);

  useEffect(() => {
    void api.call('session:status', {}).then((result) => {
      setStatus(result.ok ? result.value : { state: 'unavailable', message: result.error.message });
    });
  }, [api]);

  return (
    <>
      <header className="app-header">
        <a className="app-name" href="#/">
          Breachlog
        </a>
        <span className="app-tagline">Personal data breach register</span>
      </header>
      <main className="app-main">
        {status === null ? (
          <p role="status">Opening the register…</p>
        ) : status.state === 'open' ? (
          route.screen === 'new-incident' ? (
            <NewIncidentScreen />
          ) : route.screen === 'incident' ? (
            <IncidentScreen id={route.id} />
          ) : (
            <RegisterScreen />
          )
        ) : status.state === 'unavailable' ? (
          <UnavailableScreen message={status.message} />
        ) : (
          <UnlockScreen isFirstRun={status.state === 'needs_new_passphrase'} onUnlocked={setStatus} />
        )}
      </main>
    </>
  );
}
