import type { Result } from '../../../shared/result';

/** Sends one operation to the main process (Electron IPC) or the preview server (HTTP). */
export type Transport = (name: string, input: unknown) => Promise<Result<unknown>>;

type ExposedApi = Record<string, (input: unknown) => Promise<Result<unknown>>>;

declare global {
  interface Window {
    breachlog?: ExposedApi;
  }
}

const TOKEN_KEY = 'breachlog-preview-token';

export function electronTransport(api: ExposedApi): Transport {
  return async (name, input) => {
    const operation = api[name];
    if (!operation) return { ok: false, error: { code: 'unknown_operation', message: `Unknown operation "${name}".` } };
    return operation(input);
  };
}

/** The preview's per-run token arrives in the URL; keep it for reloads and take it out of the address bar. */
export function previewToken(location: Location, storage: Storage, history: History): string | null {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    storage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    history.replaceState(history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return storage.getItem(TOKEN_KEY);
}

export function httpTransport(token: string | null): Transport {
  return async (name, input) => {
    try {
      const response = await fetch(`/api/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-breachlog-token': token ?? '' },
        body: JSON.stringify(input ?? {}),
      });
      return (await response.json()) as Result<unknown>;
    } catch {
      return {
        ok: false,
        error: { code: 'internal', message: 'Breachlog’s preview server is not answering. Is it still running?' },
      };
    }
  };
}

export function defaultTransport(): Transport {
  if (window.breachlog) return electronTransport(window.breachlog);
  return httpTransport(previewToken(window.location, window.sessionStorage, window.history));
}
