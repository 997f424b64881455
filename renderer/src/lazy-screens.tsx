import type { ComponentType } from 'react';
import { useEffect, useState } from 'react';

/**
 * The screens the register's first paint does not need, each loaded (as its own chunk of the
 * built renderer, from the app's own files: `script-src 'self'` holds) the first time it is
 * opened. The register, the unlock and "who are you" screens stay in the first bundle.
 *
 * Not React.lazy and Suspense: Suspense reveals loaded content on a timer (so a page whose clock
 * is paused, as in the clock tests, would wait for ever) and keeps the last screen hidden in the
 * page while the next one loads. Here the screen says "Opening this page…" until its code is in,
 * then renders it; once loaded, it renders at once.
 */
const loaders: (() => Promise<unknown>)[] = [];

function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const start = () => {
    loading ??= load().then(
      (screen) => (loaded = screen),
      (error: unknown) => {
        // A later visit tries again.
        loading = null;
        throw error;
      },
    );
    return loading;
  };
  loaders.push(start);
  function LazyScreen(props: P) {
    const [state, setState] = useState<'loading' | 'ready' | 'failed'>(loaded ? 'ready' : 'loading');
    useEffect(() => {
      if (loaded) return;
      let current = true;
      start().then(
        () => current && setState('ready'),
        () => current && setState('failed'),
      );
      return () => {
        current = false;
      };
    }, []);
    if (loaded && state !== 'failed') {
      const Screen = loaded;
      return <Screen {...props} />;
    }
    return state === 'failed' ? (
      <p role="alert">This page could not be opened. Reload the window (Ctrl+R) and try again; nothing was changed.</p>
    ) : (
      <p role="status">Opening this page…</p>
    );
  }
  return LazyScreen;
}

/**
 * Fetches every screen's code a little after the register is on screen, when the browser is idle,
 * so the first click on a breach or a menu item does not wait for it (a module is only fetched
 * once). Not straight away: the page is idle while its first list is on the way, and parsing the
 * other screens then would delay painting it.
 */
export function loadScreensWhenIdle(): () => void {
  let idle: number | undefined;
  const load = () => {
    for (const loader of loaders) void loader().catch(() => undefined);
  };
  const timer = window.setTimeout(() => {
    if (typeof window.requestIdleCallback === 'function') idle = window.requestIdleCallback(load, { timeout: 3_000 });
    else load();
  }, 2_000);
  return () => {
    window.clearTimeout(timer);
    if (idle !== undefined) window.cancelIdleCallback(idle);
  };
}

export const IncidentScreen = lazyScreen(async () => (await import('./incident/IncidentScreen')).IncidentScreen);
export const NewIncidentScreen = lazyScreen(async () => (await import('./incident/NewIncidentScreen')).NewIncidentScreen);
export const EditIncidentScreen = lazyScreen(async () => (await import('./incident/EditIncidentScreen')).EditIncidentScreen);
export const AssessmentScreen = lazyScreen(async () => (await import('./assessment/AssessmentScreen')).AssessmentScreen);
export const DashboardScreen = lazyScreen(async () => (await import('./dashboard/DashboardScreen')).DashboardScreen);
export const AuditPackScreen = lazyScreen(async () => (await import('./documents/AuditPackScreen')).AuditPackScreen);
export const DocumentScreen = lazyScreen(async () => (await import('./documents/DocumentScreen')).DocumentScreen);
export const OrganisationScreen = lazyScreen(async () => (await import('./documents/OrganisationScreen')).OrganisationScreen);
export const IcoCompanionScreen = lazyScreen(async () => (await import('./guide/IcoCompanionScreen')).IcoCompanionScreen);
export const LetterEditorScreen = lazyScreen(async () => (await import('./letter/LetterEditorScreen')).LetterEditorScreen);
export const SettingsScreen = lazyScreen(async () => (await import('./settings/SettingsScreen')).SettingsScreen);
export const SecurityScreen = lazyScreen(async () => (await import('./security/SecurityScreen')).SecurityScreen);
