import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

type ProtocolHandler = (request: Request) => Promise<Response>;
const handlers = new Map<string, ProtocolHandler>();

// Electron is outside the project and has no binary here; protocol.handle only records the handler.
vi.mock('electron', () => ({
  protocol: {
    handle: (scheme: string, handler: ProtocolHandler) => handlers.set(scheme, handler),
    registerSchemesAsPrivileged: vi.fn(),
  },
}));

const { handleAppProtocol } = await import('../../../electron/main/app-protocol');

const policy = "default-src 'self'";
let outDir: string;

function fetchApp(url: string, init?: RequestInit): Promise<Response> {
  const handler = handlers.get('app');
  if (!handler) throw new Error('app protocol not registered');
  return handler(new Request(url, init));
}

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'gitpulse-protocol-'));
  const rendererDir = join(outDir, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>GitPulse</title>');
  await writeFile(join(rendererDir, 'assets', 'index-abc.js'), 'console.log("hi")');
  await writeFile(join(outDir, 'secret.txt'), 'token');
  await symlink(join(outDir, 'secret.txt'), join(rendererDir, 'leak.txt'));
  handleAppProtocol(rendererDir, policy);
});

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

describe('the app:// protocol', () => {
  it('serves index.html as UTF-8 HTML with the CSP and nosniff headers', async () => {
    const response = await fetchApp('app://gitpulse/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(policy);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>GitPulse</title>');
  });

  it('serves scripts as JavaScript', async () => {
    const response = await fetchApp('app://gitpulse/assets/index-abc.js');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log("hi")');
  });

  it('answers client-side routes with the app, but a missing file with 404', async () => {
    const route = await fetchApp('app://gitpulse/courses/42/teams');
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('GitPulse');
    expect((await fetchApp('app://gitpulse/assets/missing.js')).status).toBe(404);
  });

  it('does not serve files outside the renderer folder, nor symbolic links', async () => {
    for (const url of [
      'app://gitpulse/..%2fsecret.txt',
      'app://gitpulse/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://gitpulse/../secret.txt',
      'app://gitpulse/leak.txt',
    ]) {
      const response = await fetchApp(url);
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain('token');
    }
  });

  it('answers only for the gitpulse host', async () => {
    expect((await fetchApp('app://other/index.html')).status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await fetchApp('app://gitpulse/index.html', { method: 'POST', body: 'x' })).status).toBe(405);
    const head = await fetchApp('app://gitpulse/index.html', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
