import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { openCore } from '../../../electron/core/open-core';
import { startPreviewServer, type PreviewServer } from '../../../electron/server/start-preview-server';
import { buildContentSecurityPolicy } from '../../../shared/renderer-files/content-security-policy';
import { makeTempDir } from '../../support/temp-dir';

describe('the loopback preview server', () => {
  const temp = makeTempDir();
  let core: Core;
  let server: PreviewServer;
  let authorization = '';
  let events = '';

  beforeAll(async () => {
    const rendererDir = join(temp.path, 'renderer');
    mkdirSync(rendererDir);
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>GitPulse</title>');
    writeFileSync(join(temp.path, 'secret.txt'), 'token');
    symlinkSync(join(temp.path, 'secret.txt'), join(rendererDir, 'leak.txt'));
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

  it('refuses API calls without the session secret, or with a wrong one', async () => {
    const none = await fetch(`${server.origin}/api/call/courses.list`, { method: 'POST', body: '{}' });
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const wrong = await fetch(`${server.origin}/api/call/courses.list`, { method: 'POST', body: '{}', headers: { authorization: 'Bearer not-the-secret' } });
    expect(wrong.status).toBe(401);
  });

  it('hands the secret over in the fragment, which browsers never send, and sets no cookie', async () => {
    const url = new URL(server.url);
    expect(url.search).toBe('');
    const secret = /^#session=([\w-]{40,})$/.exec(url.hash)?.[1] ?? '';
    expect(secret).not.toBe('');
    authorization = `Bearer ${secret}`;
    events = `${server.origin}/api/events?session=${secret}`;
    const page = await fetch(`${server.origin}/`);
    expect(page.headers.get('set-cookie')).toBeNull();
  });

  it('serves the contract: a call returns its result value', async () => {
    const add = await fetch(`${server.origin}/api/call/courses.add`, {
      method: 'POST',
      headers: { authorization, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'se-2026', gitlabUrl: 'https://gitlab.example.edu/', groupPath: 'teaching/se-2026' }),
    });
    expect(await add.json()).toMatchObject({ ok: true, value: { name: 'se-2026', gitlabUrl: 'https://gitlab.example.edu' } });
    const list = await fetch(`${server.origin}/api/call/courses.list`, { method: 'POST', headers: { authorization }, body: '{}' });
    const body = (await list.json()) as { ok: boolean; value: Array<{ name: string }> };
    expect(body.value.map((c) => c.name)).toEqual(['se-2026']);
  });

  it('answers bad input with an error value, not a crash', async () => {
    const response = await fetch(`${server.origin}/api/call/courses.add`, { method: 'POST', headers: { authorization }, body: '{"name": ""}' });
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const unknown = await fetch(`${server.origin}/api/call/nope.nothing`, { method: 'POST', headers: { authorization }, body: '{}' });
    expect(await unknown.json()).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'Unknown method "nope.nothing".' } });
    const malformed = await fetch(`${server.origin}/api/call/courses.list`, { method: 'POST', headers: { authorization }, body: '{oops' });
    expect(malformed.status).toBe(400);
  });

  it('does not echo a huge course name or method name back in its error', async () => {
    const name = `x${'\u202E'.repeat(3)}${'y'.repeat(1_000_000)}`;
    const response = await fetch(`${server.origin}/api/call/metrics.course`, {
      method: 'POST',
      headers: { authorization },
      body: JSON.stringify({ course: name }),
    });
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(text.length).toBeLessThan(1000);
    const longMethod = await fetch(`${server.origin}/api/call/${'m'.repeat(8000)}`, { method: 'POST', headers: { authorization }, body: '{}' });
    expect((await longMethod.text()).length).toBeLessThan(1000);
  });

  it('takes the largest input the contract allows (an 8 MB LMS file, escaped) and refuses a larger body by its size', async () => {
    // Quotes double under JSON escaping: the body is larger than the file, which the core must still see.
    const lmsFile = `"Email address","GitPulse"\n${'"a@b.c","1"\n'.repeat(600_000)}`.slice(0, 7_900_000);
    const body = JSON.stringify({ format: 'moodle', lmsFile });
    expect(body.length).toBeGreaterThan(9_000_000);
    const reached = await fetch(`${server.origin}/api/call/export.gradeSheet`, { method: 'POST', headers: { authorization }, body });
    const answer = (await reached.json()) as { ok: boolean; error?: { message: string } };
    expect(answer.ok).toBe(false);
    expect(answer.error?.message).not.toMatch(/Request body is larger/);
    const tooLarge = await fetch(`${server.origin}/api/call/export.gradeSheet`, { method: 'POST', headers: { authorization }, body: 'x'.repeat(25_000_000) });
    expect(JSON.stringify(await tooLarge.json())).toContain('Request body is larger than 24 MB.');
  });

  it('refuses another Host (DNS rebinding) and other origins', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${server.origin}/api/call/courses.list`, { method: 'POST', headers: { host: 'evil.example:80', authorization } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end('{}');
    });
    expect(status).toBe(421);
    const cross = await fetch(`${server.origin}/api/call/courses.list`, {
      method: 'POST',
      headers: { authorization, origin: 'http://evil.example' },
      body: '{}',
    });
    expect(cross.status).toBe(403);
  });

  it('pushes events over server-sent events', async () => {
    const controller = new AbortController();
    const refused = await fetch(`${server.origin}/api/events?session=wrong`);
    expect(refused.status).toBe(401);
    const response = await fetch(events, { signal: controller.signal });
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    await fetch(`${server.origin}/api/call/courses.remove`, { method: 'POST', headers: { authorization }, body: '{"course":"se-2026"}' });
    let text = '';
    while (!text.includes('data.changed')) {
      const chunk = await reader.read();
      if (chunk.done) break;
      text += new TextDecoder().decode(chunk.value);
    }
    controller.abort();
    expect(text).toMatch(/data: \{"name":"data.changed","payload":\{"tables":\[/);
  });

  it('sends the loopback CSP with the app and never serves files outside it', async () => {
    const index = await fetch(`${server.origin}/`);
    expect(index.headers.get('content-security-policy')).toBe(buildContentSecurityPolicy({ kind: 'loopback-http' }));
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('x-content-type-options')).toBe('nosniff');
    const escape = await fetch(`${server.origin}/..%2f..%2fdata%2fgitpulse.sqlite`);
    expect(escape.status).toBe(400);
    const link = await fetch(`${server.origin}/leak.txt`);
    expect(link.status).toBe(400);
    expect(await link.text()).not.toContain('token');
  });

  it('answers client-side routes with the app, but a missing file with 404', async () => {
    const route = await fetch(`${server.origin}/courses/se-2026`);
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>GitPulse</title>');
    expect((await fetch(`${server.origin}/assets/missing.js`)).status).toBe(404);
  });
});
