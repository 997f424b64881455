import { describe, expect, it } from 'vitest';
import { APP_CSP, isTrustedSenderUrl, mainWindowOptions } from '../../electron/main/window-options';

describe('main window security defaults', () => {
  const prefs = mainWindowOptions('/app/out/preload/index.cjs').webPreferences ?? {};

  it('isolates and sandboxes the page with no Node access', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
  });

  it('sends a CSP that allows no remote code and no network', () => {
    expect(APP_CSP).toContain("default-src 'none'");
    expect(APP_CSP).toContain("script-src 'self'");
    expect(APP_CSP).toContain("connect-src 'none'");
    expect(APP_CSP).not.toContain('unsafe');
  });

  it('trusts only the app’s own page as an IPC sender', () => {
    const app = 'file:///Applications/Breachlog.app/Contents/Resources/app/out/renderer/index.html';
    expect(isTrustedSenderUrl(app, app)).toBe(true);
    expect(isTrustedSenderUrl(`${app}#/incident/3`, app)).toBe(true);
    expect(isTrustedSenderUrl('https://evil.example/index.html', app)).toBe(false);
    expect(isTrustedSenderUrl('file:///tmp/other.html', app)).toBe(false);
    expect(isTrustedSenderUrl('not a url', app)).toBe(false);
  });
});
