import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_CSP } from '../../../electron/main/window-options';
import { PREVIEW_CSP } from '../../../electron/preview/preview-server';

/**
 * "Nothing leaves the machine": the main-process code has no way to make an outbound request,
 * sends no crash reports, and the renderer's CSP forbids connections. Only the development
 * preview (electron/preview/) serves HTTP, on 127.0.0.1, and it is never part of the packaged app.
 */
const repoRoot = join(import.meta.dirname, '..', '..', '..');
const electronDir = join(repoRoot, 'electron');

const NETWORK_MODULES = ['http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns', 'undici', 'axios', 'node-fetch', 'got', 'ws'];
const NETWORK_CALLS = [
  /\bfetch\s*\(/,
  /\bXMLHttpRequest\b/,
  /\bnew\s+WebSocket\b/,
  /\bEventSource\b/,
  /\bsendBeacon\b/,
  /\bopenExternal\b/,
  /\bautoUpdater\b/,
  /\bcrashReporter\s*\.\s*start\b/,
  /\bimport\s*{[^}]*\bnet\b[^}]*}\s*from\s*['"]electron['"]/,
  /\bnet\s*\.\s*request\b/,
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|js|mjs|cjs)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

function importedModules(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)) {
    if (match[1]) found.push(match[1].replace(/^node:/, '').split('/')[0] ?? '');
  }
  return found;
}

describe('no network from the app', () => {
  const mainProcessFiles = sourceFiles(electronDir).filter((file) => !relative(electronDir, file).startsWith('preview'));

  it('scans the main-process, preload and services code', () => {
    expect(mainProcessFiles.length).toBeGreaterThan(20);
  });

  it('imports no networking module outside the development preview', () => {
    const offenders = mainProcessFiles.flatMap((file) =>
      importedModules(readFileSync(file, 'utf8'))
        .filter((name) => NETWORK_MODULES.includes(name))
        .map((name) => `${relative(repoRoot, file)} imports ${name}`),
    );
    expect(offenders).toEqual([]);
  });

  it('makes no request, opens no external link, checks for no updates and sends no crash reports', () => {
    const offenders = mainProcessFiles.flatMap((file) => {
      const source = readFileSync(file, 'utf8');
      return NETWORK_CALLS.filter((pattern) => pattern.test(source)).map((pattern) => `${relative(repoRoot, file)} matches ${pattern}`);
    });
    expect(offenders).toEqual([]);
  });

  it('has a desktop CSP that forbids every connection and every remote resource', () => {
    const directives: Record<string, string[]> = Object.fromEntries(
      APP_CSP.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name ?? '', values]),
    );
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['connect-src']).toEqual(["'none'"]);
    for (const values of Object.values(directives)) {
      for (const value of values) expect(value, 'no remote origins or schemes that fetch').not.toMatch(/^(https?:|wss?:|\*)/);
    }
  });

  it('lets the development preview page talk only to its own 127.0.0.1 server', () => {
    expect(PREVIEW_CSP).toMatch(/connect-src 'self';/);
    expect(PREVIEW_CSP).not.toMatch(/https?:|wss?:|\*/);
  });

  it('puts the same no-connection CSP in the page itself', () => {
    const html = readFileSync(join(repoRoot, 'renderer', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(meta).toMatch(/connect-src 'self'|connect-src 'none'/);
    expect(meta).not.toMatch(/https?:|wss?:|\*/);
  });
});
