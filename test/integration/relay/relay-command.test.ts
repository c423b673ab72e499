import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { runRelayBin, spawnRelay, type SpawnedRelay } from '../../support/relay/spawn-relay';
import { makeTempDir } from '../../support/temp-dir';

describe('the gitpulse-relay command', () => {
  const dir = makeTempDir('gitpulse-relay-command-');
  let running: SpawnedRelay | undefined;
  afterEach(async () => {
    await running?.stop();
    running = undefined;
  });
  afterAll(() => dir.cleanup());

  it('exits 2 with a one-line message on bad arguments', async () => {
    const run = await runRelayBin(['--data-dir', dir.path, '--secret', 's', '--client-token', 'c', '--port', 'eighty']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^gitpulse-relay: --port must be a whole number/);
  });

  it('exits 2 when no webhook secret is configured', async () => {
    const run = await runRelayBin(['--data-dir', dir.path, '--client-token', 'c'], { GITPULSE_RELAY_SECRETS: '' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--secret/);
  });

  it('prints its usage on --help', async () => {
    const run = await runRelayBin(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: gitpulse-relay/);
  });

  it('starts from environment settings, prints the URL it listens on, and stops cleanly on SIGTERM', async () => {
    running = await spawnRelay([], {
      GITPULSE_RELAY_PORT: '0',
      GITPULSE_RELAY_DATA_DIR: dir.path,
      GITPULSE_RELAY_SECRETS: 'env-secret',
      GITPULSE_RELAY_CLIENT_TOKENS: 'env-client',
    });
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const check = await fetch(`${running.url}/api/v1/webhooks/test`, { method: 'POST', headers: { 'x-gitlab-token': 'env-secret' } });
    expect(check.status).toBe(200);
    const child = running.child;
    await running.stop('SIGTERM');
    expect(child.exitCode).toBe(0);
    running = undefined;
  });
});
