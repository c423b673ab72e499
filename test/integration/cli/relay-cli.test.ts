import { afterEach, describe, expect, it } from 'vitest';
import { deliverWebhook } from '../../support/relay/deliver-webhook';
import { startTestRelay, testClientToken, testSecret, type TestRelay } from '../../support/relay/start-test-relay';
import { runCli } from '../../support/run-cli';
import { makeTempDir } from '../../support/temp-dir';
import { seedCourseTeams } from '../../support/seed-course-teams';

const instance = 'https://gitlab.example.com';
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function prepareAppData(): string {
  const dir = makeTempDir('gitpulse-relay-cli-');
  cleanups.push(dir.cleanup);
  seedCourseTeams(dir.path, { instance, group: 'se', courseName: 'se-2026', teamIds: [41] });
  return dir.path;
}

const pipeline = (id: number, projectId = 41) =>
  JSON.stringify({ object_kind: 'pipeline', project: { id: projectId }, object_attributes: { id, status: 'success', created_at: '2026-03-02 08:00:00 UTC' } });

describe('gitpulse relay', () => {
  it('connects with the token from the environment, pulls every event once and reports its status', async () => {
    const relay: TestRelay = await startTestRelay();
    cleanups.push(() => relay.close());
    const dataDir = prepareAppData();
    const env = { GITPULSE_RELAY_TOKEN: testClientToken };

    const status = await runCli(['--data-dir', dataDir, 'relay', 'status'], env);
    expect(status.stdout).toContain('No relay is set up');
    const connected = await runCli(['--data-dir', dataDir, 'relay', 'connect', '--url', relay.url], env);
    expect(connected.code, connected.stderr).toBe(0);
    expect(connected.stdout).toContain('accepted the client token');

    for (const id of [1, 2, 3])
      await deliverWebhook(relay.url, { body: pipeline(id), event: 'Pipeline Hook', token: testSecret, headers: { 'x-gitlab-instance': instance } });
    await deliverWebhook(relay.url, { body: pipeline(4, 999), event: 'Pipeline Hook', token: testSecret, headers: { 'x-gitlab-instance': instance } });

    const pulled = await runCli(['--data-dir', dataDir, 'relay', 'pull', '--course', 'se-2026', '--json'], env);
    expect(pulled.code, pulled.stderr).toBe(0);
    expect(JSON.parse(pulled.stdout)).toMatchObject({ applied: 3, appliedToCourse: 3, ignored: 1, skipped: 0 });
    const again = await runCli(['--data-dir', dataDir, 'relay', 'pull'], env);
    expect(again.stdout).toMatch(/^Applied 0 events/);

    const after = await runCli(['--data-dir', dataDir, 'relay', 'status', '--json'], env);
    expect(JSON.parse(after.stdout)).toMatchObject({
      isConfigured: true,
      url: relay.url,
      tokenSource: 'environment',
      state: 'idle',
      appliedCount: 3,
      ignoredCount: 1,
    });
    expect(after.stdout + pulled.stdout + connected.stdout).not.toContain(testClientToken);
  });

  it('refuses a token the relay does not know and keeps no relay', async () => {
    const relay: TestRelay = await startTestRelay();
    cleanups.push(() => relay.close());
    const dataDir = prepareAppData();
    const refused = await runCli(['--data-dir', dataDir, 'relay', 'connect', '--url', relay.url], { GITPULSE_RELAY_TOKEN: 'not-a-client-token' });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('refused the client token');
    const unknown = await runCli(['--data-dir', dataDir, 'relay', 'frobnicate']);
    expect(unknown.code).toBe(2);
  });
});
