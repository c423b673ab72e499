import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { generateCourse } from '../../../electron/core/demo/generate-course';
import { openCore } from '../../../electron/core/open-core';
import { DEFAULT_SIMULATOR_TOKEN } from '../../support/gitlab-simulator';
import { deliverWebhook } from '../../support/relay/deliver-webhook';
import { startTestRelay, testClientToken, testSecret } from '../../support/relay/start-test-relay';
import { callOk, startSyncFixture, type SyncFixture } from '../../support/sync-fixture';

const course = generateCourse({ teams: 3, seed: 11 });
const quietMs = 150;

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A synced course, then the same data folder opened as a host that stays up (long-polls the relay) with short coalescing waits. */
async function startSyncedLiveApp(): Promise<{ fixture: SyncFixture; core: Core; relayUrl: string }> {
  const fixture = await startSyncFixture(course);
  cleanups.push(() => fixture.close());
  await callOk(fixture.core, 'sync.run', {});
  // No scheduled full sync may run during the test: the requests counted must all be the targeted ones.
  await callOk(fixture.core, 'courses.update', { syncIntervalMinutes: null });
  fixture.core.close();
  const relay = await startTestRelay({ longPollMs: 30_000 });
  cleanups.push(() => relay.close());
  fixture.core = await openCore({
    dataDir: fixture.dataDir,
    env: { GITLAB_TOKEN: DEFAULT_SIMULATOR_TOKEN, GITPULSE_RELAY_TOKEN: testClientToken },
    isSchedulerEnabled: true,
    targetedSync: { quietMs, maxWaitMs: 2_000 },
  });
  await callOk(fixture.core, 'relay.connect', { url: relay.url });
  fixture.sim.clock.advance(3_600_000);
  return { fixture, core: fixture.core, relayUrl: relay.url };
}

function findTeam(fixture: SyncFixture, index: number) {
  const team = fixture.sim.course.teams[index];
  if (!team) throw new Error(`no team ${index}`);
  return team;
}

function readOne<T>(dataDir: string, sql: string, ...params: unknown[]): T | undefined {
  const db = new Database(join(dataDir, 'gitpulse.sqlite'), { readonly: true });
  try {
    return db.prepare(sql).get(...params) as T | undefined;
  } finally {
    db.close();
  }
}

/** The path of a simulator request relative to /api/v4, e.g. "projects/42/pipelines". */
function apiPaths(fixture: SyncFixture): string[] {
  return fixture.sim.requests.map((r) => decodeURIComponent(r.path).replace(/^\/api\/v4\//, ''));
}

function pipelineWebhook(projectId: number, pipelineId: number, status: string, instance: string): string {
  return JSON.stringify({
    object_kind: 'pipeline',
    project: { id: projectId, web_url: `${instance}/p/${projectId}` },
    object_attributes: { id: pipelineId, status, ref: 'main', created_at: '2026-03-02 08:00:00 UTC' },
    builds: [],
  });
}

describe('targeted syncs after relay events', () => {
  it('refreshes only the touched resource of each touched project, once per burst', async () => {
    const { fixture, relayUrl } = await startSyncedLiveApp();
    const { sim } = fixture;
    const pipelineTeam = findTeam(fixture, 0);
    const mergeTeam = findTeam(fixture, 1);
    const pipeline = sim.addPipeline(pipelineTeam.project.id, { status: 'success' });
    const open = mergeTeam.mergeRequests.find((mr) => mr.state === 'opened');
    if (!open) throw new Error('team has no open merge request');
    const merged = sim.updateMergeRequest(mergeTeam.project.id, open.iid, { state: 'merged' });
    sim.clearRequests();

    // A burst: the pipeline reported three times as it ran, the merge and a comment on it.
    const headers = { 'x-gitlab-instance': sim.url };
    for (const status of ['pending', 'running', 'success'])
      await deliverWebhook(relayUrl, {
        body: pipelineWebhook(pipelineTeam.project.id, pipeline.id, status, sim.url),
        event: 'Pipeline Hook',
        token: testSecret,
        headers,
      });
    await deliverWebhook(relayUrl, {
      event: 'Merge Request Hook',
      token: testSecret,
      headers,
      body: JSON.stringify({
        object_kind: 'merge_request',
        project: { id: mergeTeam.project.id, web_url: `${sim.url}/x` },
        object_attributes: { id: open.id, iid: open.iid, title: open.title, state: 'merged', created_at: open.created_at, updated_at: merged.updated_at },
      }),
    });

    // The webhook's pipeline has no jobs; the targeted sync brings them. The webhook's merge has no merged_at; the sync brings it.
    await expect
      .poll(() => readOne<{ n: number }>(fixture.dataDir, 'SELECT count(*) AS n FROM jobs WHERE pipeline_id = ?', pipeline.id)?.n, {
        timeout: 15_000,
        interval: 50,
      })
      .toBe(sim.listJobs(pipeline.id).length);
    await expect
      .poll(() => readOne<{ merged_at: string | null }>(fixture.dataDir, 'SELECT merged_at FROM merge_requests WHERE gitlab_id = ?', open.id)?.merged_at, {
        timeout: 15_000,
        interval: 50,
      })
      .toBe(new Date(merged.merged_at ?? '').toISOString());
    expect(sim.listJobs(pipeline.id).length).toBeGreaterThan(0);
    // Settled: nothing more is queued or running.
    await expect.poll(async () => (await callOk(fixture.core, 'sync.status', {}))[0]?.isRunning, { timeout: 5_000, interval: 20 }).toBe(false);

    const paths = apiPaths(fixture);
    const outside = paths.filter(
      (path) =>
        path !== 'version' &&
        !path.startsWith(`projects/${pipelineTeam.project.id}/pipelines`) &&
        !path.startsWith(`projects/${mergeTeam.project.id}/merge_requests`),
    );
    expect(outside).toEqual([]);
    // One listing per burst: the three pipeline events and the two kinds of event were coalesced
    // (two pipeline listings because GitLab 17+ lists child pipelines separately).
    expect(paths.filter((path) => path === `projects/${pipelineTeam.project.id}/pipelines`)).toHaveLength(2);
    expect(paths.filter((path) => path === `projects/${mergeTeam.project.id}/merge_requests`)).toHaveLength(1);
    expect(paths.some((path) => path.startsWith(`projects/${findTeam(fixture, 2).project.id}/`))).toBe(false);
  });

  it('waits for a full sync that holds the course and refreshes afterwards', async () => {
    const { fixture, relayUrl } = await startSyncedLiveApp();
    const { sim } = fixture;
    const team = findTeam(fixture, 2);
    // Every request of the full sync is slow, so the targeted request finds the course busy.
    sim.injectFault({ kind: 'delay', delayMs: 40 });
    const fullSync = callOk(fixture.core, 'sync.run', {});
    await expect.poll(async () => (await callOk(fixture.core, 'sync.status', {}))[0]?.isRunning, { timeout: 5_000, interval: 10 }).toBe(true);
    const pipeline = sim.addPipeline(team.project.id, { status: 'failed' });
    await deliverWebhook(relayUrl, {
      body: pipelineWebhook(team.project.id, pipeline.id, 'failed', sim.url),
      event: 'Pipeline Hook',
      token: testSecret,
      headers: { 'x-gitlab-instance': sim.url },
    });
    await fullSync;
    sim.clearFaults();
    sim.clearRequests();
    await expect
      .poll(() => apiPaths(fixture).filter((path) => path === `projects/${team.project.id}/pipelines`).length, { timeout: 15_000, interval: 50 })
      .toBe(2);
    expect(readOne<{ n: number }>(fixture.dataDir, 'SELECT count(*) AS n FROM jobs WHERE pipeline_id = ?', pipeline.id)?.n).toBe(
      sim.listJobs(pipeline.id).length,
    );
  });
});

describe('with the relay down', () => {
  it('keeps syncing on schedule, and the relay status says it is down', async () => {
    const fixture = await startSyncFixture(generateCourse({ teams: 1, seed: 12 }));
    cleanups.push(() => fixture.close());
    const env = { GITLAB_TOKEN: DEFAULT_SIMULATOR_TOKEN, GITPULSE_RELAY_TOKEN: testClientToken };
    const relay = await startTestRelay();
    fixture.core.close();
    fixture.core = await openCore({ dataDir: fixture.dataDir, env });
    await callOk(fixture.core, 'relay.connect', { url: relay.url });
    await relay.close();
    fixture.core.close();
    // A host that stays up, with a relay set that does not answer and a course that was never synced (so it is due now).
    fixture.core = await openCore({ dataDir: fixture.dataDir, env, isSchedulerEnabled: true });
    await expect.poll(async () => (await callOk(fixture.core, 'sync.status', {}))[0]?.lastSyncedAt, { timeout: 60_000, interval: 100 }).not.toBeNull();
    await expect.poll(async () => (await callOk(fixture.core, 'relay.status', {})).state, { timeout: 10_000, interval: 50 }).toBe('down');
    expect((await callOk(fixture.core, 'sync.status', {}))[0]?.lastSyncError).toBeNull();
  });
});
