import { describe, expect, it } from 'vitest';
import { APP_CSP, isAllowedRequestUrl, isTrustedSenderUrl, mainWindowOptions } from '../../electron/main/window-options';

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

  it('keeps the same security in dark mode, with a dark background while the page loads', () => {
    const dark = mainWindowOptions('/app/out/preload/index.cjs', { dark: true });
    expect(dark.webPreferences).toEqual(prefs);
    expect(dark.backgroundColor).not.toBe(mainWindowOptions('/p').backgroundColor);
  });

  it('sends a CSP that allows no remote code and no network', () => {
    expect(APP_CSP).toContain("default-src 'none'");
    expect(APP_CSP).toContain("script-src 'self'");
    expect(APP_CSP).toContain("connect-src 'none'");
    expect(APP_CSP).not.toContain('unsafe');
  });

  it('trusts only the app’s own page on app:// as an IPC sender', () => {
    const app = 'app://breachlog/index.html';
    expect(isTrustedSenderUrl(app, app)).toBe(true);
    expect(isTrustedSenderUrl(`${app}#/incident/3`, app)).toBe(true);
    expect(isTrustedSenderUrl('app://breachlog/other.html', app)).toBe(false);
    expect(isTrustedSenderUrl('app://breachlog.evil/index.html', app)).toBe(false);
    expect(isTrustedSenderUrl('app://evil/index.html', app)).toBe(false);
    expect(isTrustedSenderUrl('https://breachlog/index.html', app)).toBe(false);
    expect(isTrustedSenderUrl('https://evil.example/index.html', app)).toBe(false);
    expect(isTrustedSenderUrl('file:///tmp/index.html', app)).toBe(false);
    expect(isTrustedSenderUrl('not a url', app)).toBe(false);
    // A file:// page is never trusted, even where it would match itself.
    expect(isTrustedSenderUrl('file:///app/index.html', 'file:///app/index.html')).toBe(false);
  });

  it('lets through only requests for the app’s own origin (and devtools in development)', () => {
    const origin = 'app://breachlog';
    expect(isAllowedRequestUrl('app://breachlog/assets/index.js', origin, false)).toBe(true);
    expect(isAllowedRequestUrl('app://other/assets/index.js', origin, false)).toBe(false);
    expect(isAllowedRequestUrl('https://example.com/', origin, false)).toBe(false);
    expect(isAllowedRequestUrl('file:///etc/passwd', origin, false)).toBe(false);
    expect(isAllowedRequestUrl('data:text/html,hi', origin, false)).toBe(false);
    expect(isAllowedRequestUrl('devtools://devtools/bundled/x.html', origin, false)).toBe(false);
    expect(isAllowedRequestUrl('devtools://devtools/bundled/x.html', origin, true)).toBe(true);
    expect(isAllowedRequestUrl('nonsense', origin, true)).toBe(false);
    // Attachments are shown and saved from blob: URLs the page made from memory; only its own.
    expect(isAllowedRequestUrl('blob:app://breachlog/0b7c1e0e-8f7a-4c36-9d0e-2f4f8f2c1a11', origin, false)).toBe(true);
    expect(isAllowedRequestUrl('blob:https://example.com/0b7c1e0e-8f7a-4c36-9d0e-2f4f8f2c1a11', origin, false)).toBe(false);
    expect(isAllowedRequestUrl('blob:null/0b7c1e0e', origin, false)).toBe(false);
  });
});
