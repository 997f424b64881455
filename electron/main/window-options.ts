import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The main window's settings, kept free of Electron imports (types only) so a unit test can
 * assert the security defaults without the Electron binary.
 */
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1200,
    height: 820,
    minWidth: 720,
    minHeight: 520,
    title: 'Breachlog',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
    },
  };
}

/** The CSP the desktop app sends with every response; the renderer's HTML carries the same. */
export const APP_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'none'; " +
  "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Only the app's own page, loaded from disk, may call the services. */
export function isTrustedSenderUrl(senderUrl: string, appIndexUrl: string): boolean {
  try {
    const sender = new URL(senderUrl);
    const app = new URL(appIndexUrl);
    return sender.protocol === 'file:' && sender.pathname === app.pathname;
  } catch {
    return false;
  }
}
