import { useEffect, useState } from 'react';
import type { SessionStatus } from '../../shared/session';
import { useApi } from './api/api-context';
import { useRoute } from './hooks/use-route';
import { RouteScreen } from './RouteScreen';
import { AssessmentScreen } from './screens/assessment/AssessmentScreen';
import { UnavailableScreen } from './screens/UnavailableScreen';
import { UnlockScreen } from './screens/UnlockScreen';
import { WhoAreYouScreen } from './screens/WhoAreYouScreen';

export function App() {
  const api = useApi();
  const route = useRoute();
  const [status, setStatus] = useState<SessionStatus | null>(null);
  const [changingUser, setChangingUser] = useState(false);

  useEffect(() => {
    void api.call('session:status', {}).then((result) => {
      setStatus(result.ok ? result.value : { state: 'unavailable', message: result.error.message });
    });
  }, [api]);

  const user = status?.state === 'open' ? status.user : null;

  return (
    <>
      <header className="app-header">
        <a className="app-name" href="#/">
          Breachlog
        </a>
        <span className="app-tagline">Personal data breach register</span>
        {user ? (
          <span className="app-user">
            Working as <strong>{user}</strong>{' '}
            <button type="button" className="link-button" onClick={() => setChangingUser(true)}>
              Change
            </button>{' '}
            <a href="#/settings">Settings</a>
          </span>
        ) : null}
      </header>
      <main className="app-main">
        {status === null ? (
          <p role="status">Opening the register…</p>
        ) : status.state === 'open' ? (
          status.user === null || changingUser ? (
            <WhoAreYouScreen
              suggestion={status.user ?? status.suggestedUser}
              onDone={(next) => {
                setStatus(next);
                setChangingUser(false);
              }}
            />
          ) : (
            route.screen === 'assess-incident' ? (
              <AssessmentScreen key={route.id} id={route.id} />
            ) : (
              <RouteScreen route={route} />
            )
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
