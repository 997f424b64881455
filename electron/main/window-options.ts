import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The main window's settings, kept free of Electron imports (types only) so a unit test can
 * assert the security defaults without the Electron binary.
 */
export function mainWindowOptions(preloadPath: string, { dark = false }: { dark?: boolean } = {}): BrowserWindowConstructorOptions {
  return {
    width: 1200,
    height: 820,
    minWidth: 720,
    minHeight: 520,
    title: 'Breachlog',
    show: false,
    // The colour behind the page while it loads, so a dark desktop sees no white flash.
    backgroundColor: dark ? '#1b1b1b' : '#ffffff',
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

/**
 * Only the app's own page, served on its `app://` origin, may call the services: the exact
 * scheme, host and path of `appIndexUrl` (any hash route on it is the same page).
 */
export function isTrustedSenderUrl(senderUrl: string, appIndexUrl: string): boolean {
  try {
    const sender = new URL(senderUrl);
    const app = new URL(appIndexUrl);
    return sender.protocol === app.protocol && sender.host === app.host && sender.pathname === app.pathname && app.protocol !== 'file:';
  } catch {
    return false;
  }
}

/** Nothing leaves the machine: the request filter lets through only the app's own origin (and devtools in development). */
export function isAllowedRequestUrl(url: string, appOrigin: string, allowDevtools: boolean): boolean {
  if (allowDevtools && url.startsWith('devtools:')) return true;
  try {
    // Compared part by part: Node's URL gives a non-special scheme the origin "null".
    let request = new URL(url);
    // A blob: URL the page made itself (an attachment shown or saved from memory) names the page's origin inside it.
    if (request.protocol === 'blob:') request = new URL(request.pathname);
    const app = new URL(appOrigin);
    return request.protocol === app.protocol && request.host === app.host && app.protocol !== 'file:';
  } catch {
    return false;
  }
}
