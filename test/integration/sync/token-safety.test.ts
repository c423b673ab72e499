import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { openCore } from '../../../electron/core/open-core';
import { callOk } from '../../support/sync-fixture';
import { makeTempDir } from '../../support/temp-dir';

const token = 'glpat-token-that-must-stay-home-0001';

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('the token on the wire', () => {
  const temp = makeTempDir();
  const seenElsewhere: IncomingHttpHeaders[] = [];
  let elsewhere: Server;
  let redirecting: Server;
  let core: Core;

  beforeAll(async () => {
    elsewhere = createServer((req, res) => {
      seenElsewhere.push(req.headers);
      res.writeHead(200, { 'content-type': 'application/json' }).end('[]');
    });
    const elsewhereUrl = await listen(elsewhere);
    // A GitLab behind a proxy or SSO that answers every API call with a redirect to another host.
    redirecting = createServer((req, res) => res.writeHead(302, { location: `${elsewhereUrl}${req.url ?? '/'}` }).end());
    const gitlabUrl = await listen(redirecting);
    core = await openCore({ dataDir: temp.path, env: { GITLAB_TOKEN: token } });
    await callOk(core, 'courses.add', { name: 'se', gitlabUrl, groupPath: 'g' });
  });
  afterAll(async () => {
    core.close();
    await new Promise((resolve) => elsewhere.close(resolve));
    await new Promise((resolve) => redirecting.close(resolve));
    temp.cleanup();
  });

  it('is never carried along a redirect to another host', async () => {
    const result = await core.call('sync.run', {});
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringMatching(/redirected to http:\/\/127\.0\.0\.1:\d+; check the GitLab URL/) } });
    expect(seenElsewhere).toEqual([]);
    expect(JSON.stringify(result)).not.toContain(token);
  });

  it('is refused with a clear message when it holds spaces or control characters, without being quoted', async () => {
    core.close();
    core = await openCore({ dataDir: temp.path, env: { GITLAB_TOKEN: 'glpat-broken\ntoken' } });
    const result = await core.call('sync.run', {});
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/GITLAB_TOKEN contains spaces or control characters/) },
    });
    expect(JSON.stringify(result)).not.toContain('broken');
  });

  it('goes only to the instance GITLAB_URL names, when it names one', async () => {
    core.close();
    core = await openCore({ dataDir: temp.path, env: { GITLAB_TOKEN: token, GITLAB_URL: 'https://gitlab.other.example' } });
    const result = await core.call('sync.run', {});
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error.message).not.toMatch(/redirected/);
    expect(seenElsewhere).toEqual([]);
  });
});
