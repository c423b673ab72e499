import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { openCore } from '../../../electron/core/open-core';
import { callOk } from '../../support/call-ok';
import { deliverWebhook } from '../../support/relay/deliver-webhook';
import { readGitlabWebhookExamples } from '../../support/relay/read-gitlab-webhook-examples';
import { startTestRelay, testClientToken, testSecret, type TestRelay } from '../../support/relay/start-test-relay';
import { makeTempDir } from '../../support/temp-dir';
import { seedCourseTeams } from '../../support/seed-course-teams';
import type { MemberRow } from '../../../electron/core/store/rows/member-rows';

const instance = 'https://gitlab.example.com';
/** The GitLab project ids GitLab's example payloads name (pipeline with 5 jobs, MR, issue, tag: 1; notes: 5; push: 15; job: 380). */
const exampleProjectIds = [1, 5, 15, 380];

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function startRelay(overrides: Parameters<typeof startTestRelay>[0] = {}): Promise<TestRelay> {
  const relay = await startTestRelay(overrides);
  cleanups.push(() => relay.close());
  return relay;
}

/** A student on a roster, as a member sync stores one. */
function student(userId: number, username: string, name: string, publicEmail: string | null = null): MemberRow {
  return { userId, username, name, accessLevel: 30, webUrl: null, role: 'student', publicEmail };
}

/**
 * Rosters matching the example payloads' authors: user 51 opened the merge request and the issue in
 * project 1; the push to project 15 has one commit by Jordi Mallach (matched by email) and one by
 * "GitLab dev user" (matched by name).
 */
const exampleMembers = {
  1: [student(51, 'mr-author', 'MR Author')],
  15: [student(70, 'jordi', 'Jordi M.', 'jordi@softcatala.org'), student(71, 'gitlabdev', 'GitLab dev user')],
};

/** A data folder with one course whose teams are the example payloads' projects. */
function prepareAppData(): string {
  const dir = makeTempDir('gitpulse-relay-app-');
  cleanups.push(dir.cleanup);
  seedCourseTeams(dir.path, { instance, group: 'se', courseName: 'se-2026', teamIds: exampleProjectIds, defaultBranch: 'master', members: exampleMembers });
  return dir.path;
}

/** Each student's commits, merge requests opened and issues opened, by username, over every team. */
async function readActivity(core: Core): Promise<Record<string, [number, number, number]>> {
  const metrics = await callOk(core, 'metrics.course', {});
  return Object.fromEntries(
    metrics.teams.flatMap((team) => team.members.map((m) => [m.username, [m.commits, m.mergeRequestsOpened, m.issuesOpened] as [number, number, number]])),
  );
}

async function openApp(dataDir: string, token = testClientToken): Promise<Core> {
  // The client token comes from the environment, as on a headless host: no keychain needed.
  const core = await openCore({ dataDir, env: { GITPULSE_RELAY_TOKEN: token } });
  cleanups.push(() => core.close());
  return core;
}

function countRows(dataDir: string): Record<string, number> {
  const db = new Database(join(dataDir, 'gitpulse.sqlite'), { readonly: true });
  try {
    const count = (table: string) => Number(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get());
    return {
      pipelines: count('pipelines'),
      jobs: count('jobs'),
      merge_requests: count('merge_requests'),
      issues: count('issues'),
      notes: count('notes'),
      commits: count('commits'),
      tags: count('tags'),
    };
  } finally {
    db.close();
  }
}

function readOne<T>(dataDir: string, sql: string): T {
  const db = new Database(join(dataDir, 'gitpulse.sqlite'), { readonly: true });
  try {
    return db.prepare(sql).get() as T;
  } finally {
    db.close();
  }
}

async function deliverAllExamples(relayUrl: string): Promise<void> {
  for (const example of readGitlabWebhookExamples()) {
    const answer = await deliverWebhook(relayUrl, { body: example.body, event: example.event, token: testSecret, headers: { 'x-gitlab-instance': instance } });
    expect(answer.status, example.file).toBe(200);
  }
}

describe('the app pulling from the relay', () => {
  it('applies each kind of GitLab example payload to its rows and counts it in the metrics at once', async () => {
    const relay = await startRelay();
    const dataDir = prepareAppData();
    const core = await openApp(dataDir);
    await callOk(core, 'relay.connect', { url: relay.url });
    expect(await readActivity(core)).toEqual({ 'mr-author': [0, 0, 0], jordi: [0, 0, 0], gitlabdev: [0, 0, 0] });
    await deliverAllExamples(relay.url);

    const pulled = await callOk(core, 'relay.pull', {});

    // pipeline, job, merge request, issue, notes on an MR and an issue, push, tag push; the rest (comments
    // on a commit or snippet, wiki, deployment, release) hold nothing the store keeps.
    expect(pulled).toMatchObject({ applied: 8, ignored: 0, skipped: 5 });
    expect(countRows(dataDir)).toEqual({ pipelines: 1, jobs: 6, merge_requests: 1, issues: 1, notes: 2, commits: 2, tags: 1 });
    expect(readOne(dataDir, 'SELECT created_at, finished_at, duration, status FROM pipelines')).toEqual({
      created_at: '2016-08-12T15:23:28.000Z',
      finished_at: '2016-08-12T15:26:29.000Z',
      duration: 63,
      status: 'success',
    });
    expect(readOne(dataDir, "SELECT committed_date, has_parents FROM commits WHERE sha = 'b6568db1bc1dcd7f8b4d5a946b0b91f9dacd7327'")).toEqual({
      committed_date: '2011-12-12T12:27:31.000Z',
      has_parents: 0,
    });
    const metrics = await callOk(core, 'metrics.course', {});
    const team = metrics.teams.find((t) => t.project === 'se/team-1');
    expect(team?.pipelines.total).toBe(1);
    expect(team?.pipelines.successRate).toBe(1);
    // [commits, merge requests opened, issues opened]: the push, the merge request and the issue count too.
    expect(await readActivity(core)).toEqual({ 'mr-author': [0, 1, 1], jordi: [1, 0, 0], gitlabdev: [1, 0, 0] });
  });

  it('stores a duplicate delivery (same Idempotency-Key) once and applying a page twice changes nothing', async () => {
    const relay = await startRelay();
    const dataDir = prepareAppData();
    const core = await openApp(dataDir);
    await callOk(core, 'relay.connect', { url: relay.url });
    const pipeline = readGitlabWebhookExamples().find((e) => e.file === 'pipeline.json');
    if (!pipeline) throw new Error('pipeline.json example missing');
    for (let i = 0; i < 3; i += 1) {
      await deliverWebhook(relay.url, {
        body: pipeline.body,
        event: pipeline.event,
        token: testSecret,
        idempotencyKey: 'same-delivery',
        headers: { 'x-gitlab-instance': instance },
      });
    }
    expect(await callOk(core, 'relay.pull', {})).toMatchObject({ applied: 1 });
    expect(await callOk(core, 'relay.pull', {})).toMatchObject({ applied: 0 });
    expect(countRows(dataDir)).toMatchObject({ pipelines: 1, jobs: 5 });
  });

  it('counts and ignores a payload for a project no course has', async () => {
    const relay = await startRelay();
    const dataDir = prepareAppData();
    const core = await openApp(dataDir);
    await callOk(core, 'relay.connect', { url: relay.url });
    const strange = JSON.stringify({
      object_kind: 'push',
      ref: 'refs/heads/main',
      after: 'a'.repeat(40),
      project: { id: 999, web_url: `${instance}/x/y` },
      commits: [],
    });
    await deliverWebhook(relay.url, { body: strange, token: testSecret, headers: { 'x-gitlab-instance': instance } });
    expect(await callOk(core, 'relay.pull', {})).toMatchObject({ applied: 0, ignored: 1 });
    expect((await callOk(core, 'relay.status', {})).ignoredCount).toBe(1);
  });

  it('picks up every event after its cursor when started again, and two apps with their own tokens each get every event', async () => {
    const secondToken = 'second-desktop-token';
    const relay = await startRelay({ clientTokens: [testClientToken, secondToken] });
    const first = prepareAppData();
    const second = prepareAppData();
    const firstCore = await openApp(first);
    await callOk(firstCore, 'relay.connect', { url: relay.url });
    const secondCore = await openApp(second, secondToken);
    await callOk(secondCore, 'relay.connect', { url: relay.url });

    const pipeline = (n: number) =>
      JSON.stringify({
        object_kind: 'pipeline',
        project: { id: 1, web_url: `${instance}/se/team-1` },
        object_attributes: { id: 1000 + n, status: 'success', created_at: '2026-03-01 10:00:00 UTC' },
      });
    for (let n = 0; n < 5; n += 1)
      await deliverWebhook(relay.url, { body: pipeline(n), event: 'Pipeline Hook', token: testSecret, headers: { 'x-gitlab-instance': instance } });
    expect(await callOk(firstCore, 'relay.pull', {})).toMatchObject({ applied: 5 });
    firstCore.close();

    // The first app is closed while more events arrive.
    for (let n = 5; n < 12; n += 1)
      await deliverWebhook(relay.url, { body: pipeline(n), event: 'Pipeline Hook', token: testSecret, headers: { 'x-gitlab-instance': instance } });
    const reopened = await openApp(first);
    expect(await callOk(reopened, 'relay.pull', {})).toMatchObject({ applied: 7 });
    expect(await callOk(secondCore, 'relay.pull', {})).toMatchObject({ applied: 12 });
    expect(countRows(first).pipelines).toBe(12);
    expect(countRows(second).pipelines).toBe(12);
  });

  it('says the relay is down when it cannot be reached, and keeps the cursor', async () => {
    const relay = await startRelay();
    const dataDir = prepareAppData();
    const core = await openApp(dataDir);
    await callOk(core, 'relay.connect', { url: relay.url });
    await relay.close();
    const result = await core.call('relay.pull', {});
    expect(result.ok).toBe(false);
    const status = await callOk(core, 'relay.status', {});
    expect(status.state).toBe('down');
    expect(status.lastError).toMatch(/cannot be reached/);
  });

  it('refuses to connect with a token the relay does not know, and saves nothing', async () => {
    const relay = await startRelay();
    const dataDir = prepareAppData();
    const core = await openApp(dataDir, 'not-a-client-token');
    const result = await core.call('relay.connect', { url: relay.url });
    expect(result.ok).toBe(false);
    expect((await callOk(core, 'relay.status', {})).isConfigured).toBe(false);
  });
});
