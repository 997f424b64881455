import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreviewServer } from '../../electron/preview/preview-server';
import type { PreviewServer } from '../../electron/preview/preview-server';
import { makeTempDir } from './support/temp-dir';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

function send(url: string, options: { method?: string; headers?: Record<string, string>; body?: string; path?: string }) {
  const target = new URL(options.path ?? '/', url);
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(
      { host: target.hostname, port: target.port, path: options.path ?? '/', method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('the browser preview server', () => {
  const dir = makeTempDir();
  const calls: string[] = [];
  let server: PreviewServer;

  beforeAll(async () => {
    writeFileSync(join(dir.path, 'index.html'), '<!doctype html><title>t</title>');
    server = await startPreviewServer({
      rendererDir: dir.path,
      dispatch: async (name) => {
        calls.push(name);
        return { ok: true, value: name };
      },
    });
  });
  afterAll(async () => {
    await server.close();
    dir.remove();
  });

  it('listens on 127.0.0.1 only, with a long random token in the URL', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{48}$/);
  });

  it('refuses API calls without the token, before any service runs', async () => {
    const noToken = await send(server.url, { method: 'POST', path: '/api/incident:list', body: '{}' });
    const wrongToken = await send(server.url, {
      method: 'POST',
      path: '/api/incident:list',
      body: '{}',
      headers: { 'x-breachlog-token': 'f'.repeat(48) },
    });
    expect([noToken.status, wrongToken.status]).toEqual([401, 401]);
    expect(calls).toEqual([]);
  });

  it('passes calls with the token to the dispatcher', async () => {
    const ok = await send(server.url, {
      method: 'POST',
      path: '/api/incident:list',
      body: '{}',
      headers: { 'x-breachlog-token': server.token },
    });
    expect(JSON.parse(ok.body)).toEqual({ ok: true, value: 'incident:list' });
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const res = await send(server.url, { headers: { host: 'evil.example:80' } });
    expect(res.status).toBe(421);
  });

  it('serves the built page but nothing outside its folder', async () => {
    expect((await send(server.url, { path: '/' })).status).toBe(200);
    expect((await send(server.url, { path: '/../../etc/passwd' })).status).toBe(404);
    expect((await send(server.url, { path: '/%2e%2e/%2e%2e/etc/hosts.html' })).status).toBe(404);
  });
});
