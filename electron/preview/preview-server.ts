import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fail } from '../../shared/result';
import type { Dispatch } from '../services/dispatch';
import { readStaticFile } from './static-files';

/**
 * Development and test only: serves the built renderer on 127.0.0.1 with the real services
 * behind the same contract over HTTP. The packaged app never opens a port.
 */

export const API_PREFIX = '/api/';
export const TOKEN_HEADER = 'x-breachlog-token';
const MAX_BODY_BYTES = 2 * 1024 * 1024;
const REQUEST_TIMEOUT_MS = 30_000;
const IDLE_CONNECTION_MS = 6 * 60_000;

export const PREVIEW_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; " +
  "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export interface PreviewServer {
  url: string;
  token: string;
  close(): Promise<void>;
}

export async function startPreviewServer(options: {
  dispatch: Dispatch;
  rendererDir: string;
  port?: number;
}): Promise<PreviewServer> {
  const token = randomBytes(24).toString('hex');
  const server = createServer((request, response) => {
    handle(request, response, options, token).catch(() => {
      if (!response.headersSent) sendJson(response, 500, fail('internal', 'Something went wrong and nothing was changed.'));
    });
  });
  // A request that trickles in is cut off rather than held open indefinitely.
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  // The browser keeps idle connections for up to 5 minutes and never retries a POST: were the
  // server to close an idle one first (Node's default is after 5 s), a click that reuses it as it
  // closes fails with "not answering". So the browser is always the one to close them.
  server.keepAliveTimeout = IDLE_CONNECTION_MS;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  options: { dispatch: Dispatch; rendererDir: string },
  token: string,
): Promise<void> {
  // A page on another site could reach 127.0.0.1 through DNS rebinding; insist on our own host.
  if (!/^127\.0\.0\.1:\d+$/.test(request.headers.host ?? '')) return send(response, 421, 'text/plain', 'Wrong host');
  const url = URL.parse(request.url ?? '/', 'http://127.0.0.1');
  if (!url || decodedPath(url.pathname) === null) {
    return sendJson(response, 400, refusal('The address is not valid: it has a broken %-escape or is not a path.'));
  }
  if (url.pathname.startsWith(API_PREFIX)) {
    if (request.method !== 'POST') return send(response, 405, 'text/plain', 'POST only');
    if (!tokenMatches(request.headers[TOKEN_HEADER], token)) {
      return sendJson(response, 401, { ok: false, error: { code: 'unauthorised', message: 'Missing or wrong preview token.' } });
    }
    const body = await readBody(request);
    if (body === TOO_LARGE) {
      // Said before the rest arrives; the connection is then closed, so the rest is never read.
      response.setHeader('connection', 'close');
      response.once('finish', () => request.destroy());
      return sendJson(response, 413, refusal(`The request is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB, so it was not read.`));
    }
    let payload: unknown;
    try {
      payload = body.length === 0 ? undefined : JSON.parse(body);
    } catch {
      return sendJson(response, 200, { ok: false, error: { code: 'invalid_input', message: 'The request was not valid JSON.' } });
    }
    // The prefix is plain ASCII, so what follows it decodes whenever the whole path does.
    const operation = decodedPath(url.pathname.slice(API_PREFIX.length)) ?? '';
    return sendJson(response, 200, await options.dispatch(operation, payload));
  }
  if (request.method !== 'GET') return send(response, 405, 'text/plain', 'GET only');
  const file = await readStaticFile(options.rendererDir, url.pathname);
  if (!file) return send(response, 404, 'text/plain', 'Not found');
  return send(response, 200, file.type, file.body);
}

/** The path with its %-escapes decoded, or null when one is broken (`%E0%A4%A`, `%zz`). */
function decodedPath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

/** A refusal in the one result shape every operation answers with. */
function refusal(message: string) {
  return fail('invalid_input', message, [{ path: '', message }]);
}

function tokenMatches(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string' || given.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

const TOO_LARGE = Symbol('too large');

/** The body as text, or TOO_LARGE as soon as it is known to pass the limit (nothing more is kept). */
function readBody(request: IncomingMessage): Promise<string | typeof TOO_LARGE> {
  if (Number(request.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return Promise.resolve(TOO_LARGE);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        request.off('data', onData);
        chunks.length = 0;
        resolve(TOO_LARGE);
      } else chunks.push(chunk);
    };
    request.on('data', onData);
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
    // A client that goes away mid-body: nothing to answer, and nothing left waiting.
    request.on('close', () => {
      if (!request.complete) reject(new Error('The request was cut off'));
    });
  });
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, {
    'content-type': type,
    'content-security-policy': PREVIEW_CSP,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
    'referrer-policy': 'no-referrer',
  });
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(value));
}
