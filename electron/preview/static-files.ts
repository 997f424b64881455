import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** Reads a file of the built renderer, refusing any path that escapes its folder. */
export async function readStaticFile(rootDir: string, urlPath: string): Promise<{ body: Buffer; type: string } | null> {
  const relative = urlPath === '/' ? 'index.html' : decodeURIComponent(urlPath).replace(/^\/+/, '');
  const fullPath = normalize(join(rootDir, relative));
  if (!fullPath.startsWith(normalize(rootDir) + sep)) return null;
  const type = CONTENT_TYPES[extname(fullPath)];
  if (!type) return null;
  try {
    return { body: await readFile(fullPath), type };
  } catch {
    return null;
  }
}
