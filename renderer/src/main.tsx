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
  () => showLoadFailure(rootElement),
);

/** The app's own files could not be read (a damaged install): say so rather than show nothing. Its styles came with the app. */
function showLoadFailure(root: HTMLElement): void {
  const message = document.createElement('div');
  message.setAttribute('role', 'alert');
  message.style.cssText = 'margin: 2rem; max-width: 40rem; font: 1rem/1.5 system-ui, sans-serif';
  const heading = document.createElement('h1');
  heading.textContent = 'Breachlog could not load its screens';
  const advice = document.createElement('p');
  advice.textContent = 'Close it and open it again. If this keeps happening, install it again. Your register is not affected.';
  message.append(heading, advice);
  root.replaceChildren(message);
}
