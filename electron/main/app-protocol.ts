import type { Protocol } from 'electron';
import { readFile, realpath } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import { APP_CSP } from './window-options';

/**
 * The page is served from `app://breachlog/` rather than `file://`: a standard, secure origin of
 * its own, from which only the built renderer folder can be read.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'breachlog';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export function mimeTypeOf(path: string): string {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Must run before the app is ready: the scheme gets the standing of https (a real origin, a secure
 * context, the CSP enforced). `corsEnabled` because the page's bundle is a `<script type="module"
 * crossorigin>`, which Chromium fetches in CORS mode; never `bypassCSP`.
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, corsEnabled: true } }]);
}

function isInside(folder: string, path: string): boolean {
  const rest = relative(folder, path);
  return rest !== '' && !rest.startsWith('..') && !isAbsolute(rest);
}

/**
 * The file an `app://` URL names inside the renderer folder, or null for anything else: another
 * host, `..` in any spelling (plain, percent-encoded, with backslashes), a NUL, or a path that
 * resolves outside the folder.
 */
export function appFilePath(rendererDir: string, requestUrl: string): string | null {
  let url: URL;
  let pathname: string;
  try {
    url = new URL(requestUrl);
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  if (pathname.includes('\0') || pathname.includes('\\') || pathname.split('/').includes('..')) return null;
  const folder = resolve(rendererDir);
  const file = resolve(folder, `.${pathname === '/' ? '/index.html' : pathname}`);
  return isInside(folder, file) ? file : null;
}

/** Serves the built renderer on `app://breachlog/`, with the CSP on every response. */
export function serveAppFiles(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => appFileResponse(rendererDir, request.url));
}

export async function appFileResponse(rendererDir: string, requestUrl: string): Promise<Response> {
  const headers = { 'Content-Security-Policy': APP_CSP, 'X-Content-Type-Options': 'nosniff' };
  const file = appFilePath(rendererDir, requestUrl);
  if (!file) return new Response('Not found', { status: 404, headers });
  try {
    // A link inside the folder that points outside it is refused too.
    const [folder, target] = await Promise.all([realpath(rendererDir), realpath(file)]);
    if (!isInside(folder, target)) return new Response('Not found', { status: 404, headers });
    return new Response(await readFile(target), { status: 200, headers: { ...headers, 'Content-Type': mimeTypeOf(target) } });
  } catch {
    return new Response('Not found', { status: 404, headers });
  }
}
