import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { openCore } from '../../../electron/core/open-core';
import { startPreviewServer, type PreviewServer } from '../../../electron/server/start-preview-server';
import { makeTempDir } from '../../support/temp-dir';

describe('the loopback preview server', () => {
  const temp = makeTempDir();
  let core: Core;
  let server: PreviewServer;
  let cookie = '';

  beforeAll(async () => {
    const rendererDir = join(temp.path, 'renderer');
    mkdirSync(rendererDir);
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>GitPulse</title>');
    core = await openCore({ dataDir: join(temp.path, 'data'), env: {} });
    server = await startPreviewServer({ core, rendererDir });
  });
  afterAll(async () => {
    await server.close();
    core.close();
    temp.cleanup();
  });

  it('listens on 127.0.0.1 only', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('refuses API calls without the session cookie', async () => {
    const response = await fetch(`${server.origin}/api/call/courses.list`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('refuses a wrong secret', async () => {
    const response = await fetch(`${server.origin}/?token=not-the-secret`, { redirect: 'manual' });
    expect(response.status).toBe(403);
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('swaps the printed URL for an HttpOnly SameSite=Strict cookie and drops the token from the address', async () => {
    const response = await fetch(server.url, { redirect: 'manual' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/');
    const setCookie = response.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    cookie = setCookie.split(';')[0] ?? '';
  });

  it('serves the contract: a call returns its result value', async () => {
    const add = await fetch(`${server.origin}/api/call/courses.add`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'se-2026', gitlabUrl: 'https://gitlab.example.edu/', groupPath: 'teaching/se-2026' }),
    });
    expect(await add.json()).toMatchObject({ ok: true, value: { name: 'se-2026', gitlabUrl: 'https://gitlab.example.edu' } });
    const list = await fetch(`${server.origin}/api/call/courses.list`, { method: 'POST', headers: { cookie }, body: '{}' });
    const body = (await list.json()) as { ok: boolean; value: Array<{ name: string }> };
    expect(body.value.map((c) => c.name)).toEqual(['se-2026']);
  });

  it('answers bad input with an error value, not a crash', async () => {
    const response = await fetch(`${server.origin}/api/call/courses.add`, { method: 'POST', headers: { cookie }, body: '{"name": ""}' });
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const unknown = await fetch(`${server.origin}/api/call/nope.nothing`, { method: 'POST', headers: { cookie }, body: '{}' });
    expect(await unknown.json()).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'Unknown method "nope.nothing".' } });
    const malformed = await fetch(`${server.origin}/api/call/courses.list`, { method: 'POST', headers: { cookie }, body: '{oops' });
    expect(malformed.status).toBe(400);
  });

  it('refuses another Host (DNS rebinding) and other origins', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${server.origin}/api/call/courses.list`, { method: 'POST', headers: { host: 'evil.example:80', cookie } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end('{}');
    });
    expect(status).toBe(421);
    const cross = await fetch(`${server.origin}/api/call/courses.list`, { method: 'POST', headers: { cookie, origin: 'http://evil.example' }, body: '{}' });
    expect(cross.status).toBe(403);
  });

  it('pushes events over server-sent events', async () => {
    const controller = new AbortController();
    const response = await fetch(`${server.origin}/api/events`, { headers: { cookie }, signal: controller.signal });
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    await fetch(`${server.origin}/api/call/courses.remove`, { method: 'POST', headers: { cookie }, body: '{"course":"se-2026"}' });
    let text = '';
    while (!text.includes('data.changed')) {
      const chunk = await reader.read();
      if (chunk.done) break;
      text += new TextDecoder().decode(chunk.value);
    }
    controller.abort();
    expect(text).toMatch(/data: \{"name":"data.changed","payload":\{"tables":\[/);
  });

  it('sends a strict CSP with the app and never serves files outside it', async () => {
    const index = await fetch(`${server.origin}/`);
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");
    const escape = await fetch(`${server.origin}/..%2f..%2fdata%2fgitpulse.sqlite`);
    expect(escape.status).toBe(400);
  });
});
