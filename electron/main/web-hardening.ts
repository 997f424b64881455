import type { App, Session } from 'electron';
import { APP_ORIGIN } from './app-protocol';
import { APP_CSP, isAllowedRequestUrl } from './window-options';

/** Every page the app makes: no navigation, no redirects, no webviews, no new windows. */
export function hardenWebContents(app: App): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}

/** No permissions, the CSP on every response, and nothing fetched but the app's own files. */
export function secureSession(session: Session, allowDevtools: boolean): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [APP_CSP] } });
  });
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url, APP_ORIGIN, allowDevtools) });
  });
}
