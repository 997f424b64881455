// The base styles first: each feature's own styles (imported with its components) refine them.
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { ApiClient } from './api/api-client';
import { ApiContext } from './api/api-context';
import { App } from './App';
import { listenForOpenIncidentRequests } from './desktop/open-incident-requests';

/** React and the whole app: loaded while the start-up requests are already on their way. */
export function mountApp(rootElement: HTMLElement, api: ApiClient): void {
  listenForOpenIncidentRequests();
  createRoot(rootElement).render(
    <StrictMode>
      <ApiContext.Provider value={api}>
        <App />
      </ApiContext.Provider>
    </StrictMode>,
  );
}
