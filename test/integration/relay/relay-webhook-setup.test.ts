import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { generateCourse } from '../../../electron/core/demo/generate-course';
import { openCore } from '../../../electron/core/open-core';
import { DEFAULT_SIMULATOR_TOKEN } from '../../support/gitlab-simulator';
import { startTestRelay, testClientToken, type TestRelay } from '../../support/relay/start-test-relay';
import { callOk, startSyncFixture, type SyncFixture } from '../../support/sync-fixture';

const course = generateCourse({ teams: 3, seed: 7 });
const owner = course.staffMembers[0]?.id ?? 1;
const apiToken = 'glpat-relay-setup-api-scope';
const tokens = {
  [DEFAULT_SIMULATOR_TOKEN]: { scopes: ['read_api'], expiresAt: null, state: 'active' as const, userId: owner, name: 'read' },
  [apiToken]: { scopes: ['api'], expiresAt: null, state: 'active' as const, userId: owner, name: 'write' },
};
const hookSecret = 'relay-hook-secret';

let fixture: SyncFixture | undefined;
let relay: TestRelay | undefined;
let core: Core | undefined;
afterEach(async () => {
  core?.close();
  await fixture?.close();
  await relay?.close();
  core = undefined;
  fixture = undefined;
  relay = undefined;
});

/** A synced course, a relay, and the app with the given GitLab token and the relay connected. */
async function prepare(gitlabToken: string): Promise<{ sim: SyncFixture['sim']; core: Core }> {
  fixture = await startSyncFixture(course, { tokens });
  await callOk(fixture.core, 'sync.run', {});
  fixture.core.close();
  relay = await startTestRelay();
  core = await openCore({ dataDir: fixture.dataDir, env: { GITLAB_TOKEN: gitlabToken, GITPULSE_RELAY_TOKEN: testClientToken } });
  await callOk(core, 'connections.test', { gitlabUrl: fixture.sim.url });
  await callOk(core, 'relay.connect', { url: relay.url });
  return { sim: fixture.sim, core };
}

async function listHooks(simUrl: string, projectId: number): Promise<Array<Record<string, unknown>>> {
  const response = await fetch(`${simUrl}/api/v4/projects/${projectId}/hooks`, { headers: { 'private-token': apiToken } });
  return (await response.json()) as Array<Record<string, unknown>>;
}

describe('setting up the relay webhooks on the team projects', () => {
  it('creates one hook per team project with the relay URL and the events GitPulse reads, then verifies them', async () => {
    const { sim, core: app } = await prepare(apiToken);
    const first = await callOk(app, 'relay.setupWebhooks', { secret: hookSecret });
    expect(first.mode).toBe('api');
    expect(first.projects.map((p) => p.outcome)).toEqual(['created', 'created', 'created']);
    for (const team of course.teams) {
      const hooks = await listHooks(sim.url, team.project.id);
      expect(hooks).toHaveLength(1);
      expect(hooks[0]).toMatchObject({
        url: `${relay?.url}/api/v1/webhooks/gitlab`,
        push_events: true,
        tag_push_events: true,
        merge_requests_events: true,
        issues_events: true,
        note_events: true,
        pipeline_events: true,
        job_events: true,
      });
      // GitLab never shows a hook's secret back.
      expect(hooks[0]).not.toHaveProperty('token');
    }
    const again = await callOk(app, 'relay.setupWebhooks', { secret: hookSecret });
    expect(again.projects.map((p) => p.outcome)).toEqual(['verified', 'verified', 'verified']);
    expect(await listHooks(sim.url, course.teams[0]?.project.id ?? 0)).toHaveLength(1);
  });

  it('shows the manual steps and changes nothing when the token is read-only', async () => {
    const { sim, core: app } = await prepare(DEFAULT_SIMULATOR_TOKEN);
    sim.clearRequests();
    const setup = await callOk(app, 'relay.setupWebhooks', { secret: hookSecret });
    expect(setup.mode).toBe('manual');
    expect(setup.steps.join('\n')).toContain(`${relay?.url}/api/v1/webhooks/gitlab`);
    expect(sim.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(await listHooks(sim.url, course.teams[0]?.project.id ?? 0)).toEqual([]);
  });
});
