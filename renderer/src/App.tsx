import { useEffect, useRef, useState } from 'react';
import type { SessionStatus } from '../../shared/session';
import type { ApiClient } from './api/api-client';
import { useApi } from './api/api-context';
import { useFindShortcut } from './desktop/focus-search';
import { useOpenIncidentRequests } from './desktop/open-incident-requests';
import { usePageTitle } from './desktop/page-title';
import { setDisplayZone } from './display-zone';
import { useMenuCommands } from './desktop/use-menu-commands';
import { useRoute } from './common/use-route';
import { ReminderBanners } from './clock/ReminderBanners';
import { loadScreensWhenIdle, SecurityScreen } from './lazy-screens';
import { RouteScreen } from './RouteScreen';
import { MAIN_ID, useFocusHeadingOnNavigate } from './shell/focus-heading';
import { NavigationPane } from './shell/NavigationPane';
import { SkipLink } from './shell/SkipLink';
import './shell/shell.css';
import { LockedScreen } from './security/LockedScreen';
import { useIdleLock } from './security/use-idle-lock';
import { UnavailableScreen } from './common/UnavailableScreen';
import { UnlockScreen } from './security/UnlockScreen';
import { WhoAreYouScreen } from './security/WhoAreYouScreen';

export function App() {
  const api = useApi();
  const route = useRoute();
  useMenuCommands();
  // The start-up answers already in hand (startup-requests.ts) give the first render the register, not "Opening…".
  const [early] = useState(() => startupAnswers(api));
  const [status, setStatus] = useState<SessionStatus | null>(early.status);
  const [changingUser, setChangingUser] = useState(false);

  useEffect(() => {
    if (early.status) return;
    void api.call('session:status', {}).then((result) => {
      setStatus(result.ok ? result.value : { state: 'unavailable', message: result.error.message });
    });
  }, [api, early]);

  const isOpen = status?.state === 'open';
  useIdleLock(isOpen, setStatus);
  const [zoneLoaded, setZoneLoaded] = useState(early.zoneLoaded);
  // The settings are read each time the register opens, except the first when they came with the page.
  const settingsInHand = useRef(early.zoneLoaded);
  useEffect(() => {
    if (!isOpen) return;
    if (settingsInHand.current) {
      settingsInHand.current = false;
      return;
    }
    void api.call('settings:get', {}).then((result) => {
      if (result.ok) setDisplayZone(result.value.timeZone);
      setZoneLoaded(true);
    });
  }, [api, isOpen]);

  const user = status?.state === 'open' ? status.user : null;
  // Open, and the person has said who they are: the screens of the register are showing.
  const working = isOpen && zoneLoaded && user !== null && !changingUser;
  usePageTitle(route, status, working);
  useFindShortcut(working);
  useOpenIncidentRequests(working);
  useEffect(() => (working ? loadScreensWhenIdle() : undefined), [working]);

  const signedIn = working && user !== null;
  useFocusHeadingOnNavigate(`${route.screen}:${'id' in route ? route.id : ''}:${route.screen === 'edit-incident' ? route.step : ''}`, signedIn);

  const screen =
    status === null || (isOpen && !zoneLoaded) ? (
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
        <>
          <ReminderBanners />
          {route.screen === 'security' ? <SecurityScreen onSessionChanged={setStatus} /> : <RouteScreen route={route} />}
        </>
      )
    ) : status.state === 'locked' ? (
      <LockedScreen reason={status.reason} onUnlocked={setStatus} />
    ) : status.state === 'unavailable' ? (
      <UnavailableScreen message={status.message} problem={status.problem} onRestored={setStatus} />
    ) : (
      <UnlockScreen
        isFirstRun={status.state === 'needs_new_passphrase'}
        lockReason={status.state === 'needs_passphrase' ? status.reason : undefined}
        onUnlocked={setStatus}
      />
    );

  return (
    <>
      <SkipLink />
      <div className={signedIn ? 'app-shell' : 'app-shell app-shell-closed'}>
        {signedIn && user ? (
          <NavigationPane route={route} user={user} onChangeUser={() => setChangingUser(true)} onLocked={setStatus} />
        ) : (
          <header className="app-header">
            <span className="app-name">Breachlog</span>
            <span className="app-tagline">Personal data breach register</span>
          </header>
        )}
        <main className="app-main" id={MAIN_ID} tabIndex={-1}>
          {screen}
        </main>
      </div>
    </>
  );
}

/** The session's status and, once it is open, its display zone, when their start-up answers have come back. */
function startupAnswers(api: ApiClient): { status: SessionStatus | null; zoneLoaded: boolean } {
  const status = api.answered('session:status', {});
  if (!status?.ok) return { status: null, zoneLoaded: false };
  const settings = status.value.state === 'open' ? api.answered('settings:get', {}) : undefined;
  if (settings?.ok) setDisplayZone(settings.value.timeZone);
  return { status: status.value, zoneLoaded: settings?.ok === true };
}
