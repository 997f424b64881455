import { startApi } from './api/startup-api';

/*
 * The page's first script, kept small: it sends the first screen's requests, then loads React and
 * the app, so the register's first page is being read while the app's code arrives.
 */
const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('The page has no #root element');
const api = startApi(window.location.hash);

import('./mount-app').then(
  ({ mountApp }) => mountApp(rootElement, api),
  () => {
    // The app's own files could not be read (a damaged install): say so rather than show nothing.
    rootElement.textContent = 'Breachlog could not load its screens. Close it and open it again; if this keeps happening, reinstall it. Your register is not affected.';
  },
);
