import { parseRoute } from '../common/route';
import { NO_FILTERS, PAGE_SIZE } from '../register/register-defaults';
import type { ApiClient } from './api-client';
import { createApiClient } from './api-client';
import type { StartupRequest } from './startup-requests';
import { withStartupRequests } from './startup-requests';

/** What the opening screen's first paint waits for, asked at once and side by side. */
export function startupRequestsFor(hash: string): StartupRequest[] {
  const opening = parseRoute(hash).screen;
  return [
    { name: 'session:status', input: {} },
    { name: 'settings:get', input: {} },
    ...(opening === 'register' || opening === 'incident'
      ? ([
          { name: 'incident:list', input: { ...NO_FILTERS, offset: 0, limit: PAGE_SIZE } },
          { name: 'register:years', input: {} },
        ] satisfies StartupRequest[])
      : []),
  ];
}

/** Sends the start-up requests now, and answers the client the app will use. */
export function startApi(hash: string): ApiClient {
  return withStartupRequests(createApiClient(), startupRequestsFor(hash));
}
