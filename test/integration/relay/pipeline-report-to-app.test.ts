import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { openCore } from '../../../electron/core/open-core';
import { createStore } from '../../../electron/core/store/create-store';
import { callOk } from '../../support/call-ok';
import { deliverWebhook } from '../../support/relay/deliver-webhook';
import { startTestRelay, testClientToken, testSecret, type TestRelay } from '../../support/relay/start-test-relay';
import { seedCourseTeams } from '../../support/seed-course-teams';
import { makeTempDir } from '../../support/temp-dir';

const instance = 'https://gitlab.example.com';
const reporterToken = 'ci-reporter-token';
const projectId = 311;
const headSha = '77aa11bb22cc33dd44ee55ff66aa77bb88cc99dd';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function startRelay(): Promise<TestRelay> {
  const relay = await startTestRelay({ reporterTokens: [reporterToken] });
  cleanups.push(() => relay.close());
  return relay;
}

/** One team whose default branch `main` has the reported commit at its head, as a sync would have stored it. */
function prepareAppData(): string {
  const dir = makeTempDir('gitpulse-relay-report-');
  cleanups.push(dir.cleanup);
  seedCourseTeams(dir.path, { instance, group: 'se', courseName: 'se-2026', teamIds: [projectId], isScheduled: false });
  const store = createStore(dir.path);
  try {
    const [project] = store.projects.findProjectsByGitlabId(projectId);
    if (!project) throw new Error('seeded project missing');
    store.transaction(() =>
      store.repository.replaceBranches(project.projectId, [{ name: 'main', headSha, isDefault: true, isProtected: true, isMerged: false, webUrl: null }]),
    );
  } finally {
    store.close();
  }
  return dir.path;
}

async function openApp(dataDir: string, relayUrl: string): Promise<Core> {
  const core = await openCore({ dataDir, env: { GITPULSE_RELAY_TOKEN: testClientToken } });
  cleanups.push(() => core.close());
  await callOk(core, 'relay.connect', { url: relayUrl });
  return core;
}

/** Exactly what the CI guide's curl sends: every value a string. */
async function report(relayUrl: string, fields: Record<string, string>): Promise<void> {
  const answer = await fetch(`${relayUrl}/api/v1/pipelines/report`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${reporterToken}` },
    body: JSON.stringify({ project_id: String(projectId), commit_sha: headSha, ...fields }),
  });
  expect(answer.status).toBe(200);
}

function readPipeline(dataDir: string, gitlabId: number): Record<string, unknown> | undefined {
  const db = new Database(join(dataDir, 'gitpulse.sqlite'), { readonly: true });
  try {
    return db.prepare('SELECT status, ref, sha, coverage, duration FROM pipelines WHERE gitlab_id = ?').get(gitlabId) as Record<string, unknown> | undefined;
  } finally {
    db.close();
  }
}

describe('pipeline reports from CI jobs, through the relay to the app', () => {
  it('counts a pipeline known only from its report in the metrics at once, with its coverage', async () => {
    const relay = await startRelay();
    const dataDir = prepareAppData();
    const core = await openApp(dataDir, relay.url);
    await report(relay.url, { pipeline_id: '9133', status: 'failed', coverage: '85.5' });
    await report(relay.url, { pipeline_id: '9134', status: 'success', coverage: '88%' });

    expect(await callOk(core, 'relay.pull', {})).toMatchObject({ applied: 2, ignored: 0, skipped: 0 });

    expect(readPipeline(dataDir, 9133)).toEqual({ status: 'failed', ref: 'main', sha: headSha, coverage: 85.5, duration: null });
    const metrics = await callOk(core, 'metrics.course', {});
    const team = metrics.teams[0];
    expect(team?.pipelines.total).toBe(2);
    expect(team?.pipelines.successRate).toBe(0.5);
    expect(team?.pipelines.latestCoverage).toBe(88);
  });

  it('updates a pipeline a webhook stored: coverage and a final status, keeping what the report lacks', async () => {
    const relay = await startRelay();
    const dataDir = prepareAppData();
    const core = await openApp(dataDir, relay.url);
    const webhook = JSON.stringify({
      object_kind: 'pipeline',
      project: { id: projectId, web_url: `${instance}/se/team-${projectId}` },
      object_attributes: { id: 500, status: 'running', ref: 'main', sha: headSha, created_at: '2026-03-02 08:00:00 UTC', duration: 63 },
      builds: [],
    });
    await deliverWebhook(relay.url, { body: webhook, event: 'Pipeline Hook', token: testSecret, headers: { 'x-gitlab-instance': instance } });
    await report(relay.url, { pipeline_id: '500', status: 'success', coverage: '72.5' });
    // A report sent while the pipeline still ran arrives late: it must not undo the finished status, and an empty coverage keeps 72.5.
    await report(relay.url, { pipeline_id: '500', status: 'running', coverage: '' });

    expect(await callOk(core, 'relay.pull', {})).toMatchObject({ applied: 3 });

    expect(readPipeline(dataDir, 500)).toEqual({ status: 'success', ref: 'main', sha: headSha, coverage: 72.5, duration: 63 });
    const team = (await callOk(core, 'metrics.course', {})).teams[0];
    expect(team?.pipelines.total).toBe(1);
    expect(team?.pipelines.successRate).toBe(1);
    expect(team?.pipelines.latestCoverage).toBe(72.5);
  });

  it('ignores a report for a project no course has', async () => {
    const relay = await startRelay();
    const dataDir = prepareAppData();
    const core = await openApp(dataDir, relay.url);
    const answer = await fetch(`${relay.url}/api/v1/pipelines/report`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${reporterToken}` },
      body: JSON.stringify({ project_id: '999', pipeline_id: '1', status: 'success', commit_sha: headSha, coverage: '50' }),
    });
    expect(answer.status).toBe(200);
    expect(await callOk(core, 'relay.pull', {})).toMatchObject({ applied: 0, ignored: 1 });
    expect(readPipeline(dataDir, 1)).toBeUndefined();
  });
});
