// The base styles first: each feature's own styles (imported with its components) refine them.
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient } from './api/api-client';
import { ApiContext } from './api/api-context';
import { App } from './App';
import { listenForOpenIncidentRequests } from './desktop/open-incident-requests';

listenForOpenIncidentRequests();

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('The page has no #root element');

createRoot(rootElement).render(
  <StrictMode>
    <ApiContext.Provider value={createApiClient()}>
      <App />
    </ApiContext.Provider>
  </StrictMode>,
);
