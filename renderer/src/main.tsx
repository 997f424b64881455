// The base styles first: each feature's own styles (imported with its components) refine them.
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient } from './api/api-client';
import { ApiContext } from './api/api-context';
import type { StartupRequest } from './api/startup-requests';
import { withStartupRequests } from './api/startup-requests';
import { App } from './App';
import { listenForOpenIncidentRequests } from './desktop/open-incident-requests';
import { parseRoute } from './common/use-route';
import { NO_FILTERS } from './register/RegisterFilters';
import { PAGE_SIZE } from './register/RegisterScreen';

listenForOpenIncidentRequests();

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('The page has no #root element');

// What the register's first paint waits for, asked at once and side by side.
const opening = parseRoute(window.location.hash).screen;
const startup: StartupRequest[] = [
  { name: 'session:status', input: {} },
  { name: 'settings:get', input: {} },
  ...(opening === 'register' || opening === 'incident'
    ? ([
        { name: 'incident:list', input: { ...NO_FILTERS, offset: 0, limit: PAGE_SIZE } },
        { name: 'register:years', input: {} },
      ] satisfies StartupRequest[])
    : []),
];

const api = withStartupRequests(createApiClient(), startup);

createRoot(rootElement).render(
  <StrictMode>
    <ApiContext.Provider value={api}>
      <App />
    </ApiContext.Provider>
  </StrictMode>,
);
