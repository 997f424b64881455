import fc from 'fast-check';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreviewServer } from '../../electron/preview/preview-server';
import type { PreviewServer } from '../../electron/preview/preview-server';
import { makeTempDir } from './support/temp-dir';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

function send(url: string, options: { method?: string; headers?: Record<string, string>; body?: string; path?: string }) {
  const target = new URL(url);
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

/** A preview server over a one-page renderer folder, whose dispatcher only notes the operations it is asked for. */
function useStubServer(): { readonly server: PreviewServer; calls: string[] } {
  const dir = makeTempDir();
  const calls: string[] = [];
  let server: PreviewServer | null = null;
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
    await server?.close();
    dir.remove();
  });
  return {
    get server() {
      if (!server) throw new Error('The stub server has not started');
      return server;
    },
    calls,
  };
}

describe('the browser preview server', () => {
  const stub = useStubServer();
  const calls = stub.calls;

  it('listens on 127.0.0.1 only, with a long random token in the URL', () => {
    expect(stub.server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{48}$/);
  });

  it('refuses API calls without the token, before any service runs', async () => {
    const noToken = await send(stub.server.url, { method: 'POST', path: '/api/incident:list', body: '{}' });
    const wrongToken = await send(stub.server.url, {
      method: 'POST',
      path: '/api/incident:list',
      body: '{}',
      headers: { 'x-breachlog-token': 'f'.repeat(48) },
    });
    expect([noToken.status, wrongToken.status]).toEqual([401, 401]);
    expect(calls).toEqual([]);
  });

  it('passes calls with the token to the dispatcher', async () => {
    const ok = await send(stub.server.url, {
      method: 'POST',
      path: '/api/incident:list',
      body: '{}',
      headers: { 'x-breachlog-token': stub.server.token },
    });
    expect(JSON.parse(ok.body)).toEqual({ ok: true, value: 'incident:list' });
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const res = await send(stub.server.url, { headers: { host: 'evil.example:80' } });
    expect(res.status).toBe(421);
  });

  it('serves the built page but nothing outside its folder', async () => {
    expect((await send(stub.server.url, { path: '/' })).status).toBe(200);
    expect((await send(stub.server.url, { path: '/../../etc/passwd' })).status).toBe(404);
    expect((await send(stub.server.url, { path: '/%2e%2e/%2e%2e/etc/hosts.html' })).status).toBe(404);
  });
});

/** Sends a body of `bytes` bytes in chunks, as a client that keeps writing would; resolves with the answer. */
function sendLarge(url: string, token: string, bytes: number, options: { declareLength: boolean }) {
  const target = new URL('/api/incident:create', url);
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const headers: Record<string, string | number> = { 'x-breachlog-token': token, 'content-type': 'application/json' };
    if (options.declareLength) headers['content-length'] = bytes;
    const req = request({ host: target.hostname, port: target.port, path: target.pathname, method: 'POST', headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    // The server may close the connection once it has answered; the answer is what counts.
    req.on('error', (error) => (req.writableEnded ? undefined : reject(error)));
    const chunk = Buffer.alloc(64 * 1024, 'x');
    let sent = 0;
    const write = () => {
      while (sent < bytes) {
        const size = Math.min(chunk.length, bytes - sent);
        sent += size;
        if (!req.write(chunk.subarray(0, size))) return void req.once('drain', write);
      }
      req.end();
    };
    write();
  });
}

describe('the browser preview server refuses bad requests with a typed JSON error', () => {
  const stub = useStubServer();
  const calls = stub.calls;

  const api = (path: string, body = '{}') => send(stub.server.url, { method: 'POST', path, body, headers: { 'x-breachlog-token': stub.server.token } });

  it.each([
    ['declared too large up front', true],
    ['too large only once it arrives (chunked)', false],
  ])('answers a body %s with 413, and no service runs', async (_label, declareLength) => {
    const answer = await sendLarge(stub.server.url, stub.server.token, 8 * 1024 * 1024, { declareLength });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/larger than 2 MB/) } });
    expect(calls).toEqual([]);
  });

  it('still takes a body just under the limit, and keeps serving after a refusal', async () => {
    const under = JSON.stringify({ title: 'x'.repeat(2 * 1024 * 1024 - 100) });
    expect(JSON.parse((await api('/api/incident:create', under)).body)).toEqual({ ok: true, value: 'incident:create' });
    expect(calls).toEqual(['incident:create']);
    calls.length = 0;
  });

  it.each(['/api/incident%3Alist%', '/api/%E0%A4%A', '/api/%zz', '/%C0%AF', '/index%.html'])('answers the broken escape in %s with 400', async (path) => {
    const answer = path.startsWith('/api/') ? await api(path) : await send(stub.server.url, { path });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: '' }] } });
    expect(calls).toEqual([]);
  });

  it('decodes a well-formed escape in the operation name', async () => {
    expect(JSON.parse((await api('/api/incident%3Alist')).body)).toEqual({ ok: true, value: 'incident:list' });
    calls.length = 0;
  });

  it('answers 300 fuzzed addresses with a status and, for a refusal, the typed JSON shape; never a 500', async () => {
    const piece = fc.constantFrom('%', '%E0', '%A4', '%zz', '%2F', '%2e%2e', '%C0%AF', '%F0%9F%98', '%00', 'a', '/', '..', ':', 'incident:list', '%3A');
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.array(piece, { maxLength: 12 }), async (asApi, pieces) => {
        const path = `${asApi ? '/api/' : '/'}${pieces.join('')}`;
        const answer = asApi ? await api(path) : await send(stub.server.url, { path });
        // 405: a POST whose path the URL parser resolved out of /api/ (/api/%2e%2e is /).
        expect([200, 400, 404, 405]).toContain(answer.status);
        if (answer.status === 400) expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
        if (asApi && answer.status === 200) expect(JSON.parse(answer.body)).toHaveProperty('ok');
      }),
      { numRuns: 300, seed: 11 },
    );
    calls.length = 0;
  });

  it('keeps serving after every refusal', async () => {
    expect((await send(stub.server.url, { path: '/' })).status).toBe(200);
  });
});
