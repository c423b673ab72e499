import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { openCore } from '../../../electron/core/open-core';
import { callOk } from '../../support/call-ok';
import { startTestRelay, testClientToken, testSecret, type TestRelay } from '../../support/relay/start-test-relay';
import { makeTempDir } from '../../support/temp-dir';
import { seedCourseTeams } from '../../support/seed-course-teams';

const instance = 'https://gitlab.example.com';
const teamIds = [11, 12, 13, 14, 15];

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function prepareAppData(): string {
  const dir = makeTempDir('gitpulse-relay-live-');
  cleanups.push(dir.cleanup);
  seedCourseTeams(dir.path, { instance, group: 'se', courseName: 'se-2026', teamIds, isScheduled: false });
  return dir.path;
}

/** A host that stays up (the app, serve): it long-polls the relay once one is connected. */
async function openLongRunningApp(dataDir: string): Promise<Core> {
  const core = await openCore({ dataDir, env: { GITPULSE_RELAY_TOKEN: testClientToken }, isSchedulerEnabled: true });
  cleanups.push(() => core.close());
  return core;
}

function readPipelineIds(dataDir: string): number[] {
  const db = new Database(join(dataDir, 'gitpulse.sqlite'), { readonly: true });
  try {
    return db.prepare('SELECT gitlab_id FROM pipelines ORDER BY gitlab_id').pluck().all() as number[];
  } finally {
    db.close();
  }
}

async function readRelayLastCursor(relay: TestRelay): Promise<number> {
  const health = (await (await fetch(`${relay.url}/healthz`)).json()) as { lastCursor: number };
  return health.lastCursor;
}

type Role = 'original' | 'duplicate' | 'bad-token' | 'malformed';
interface Planned {
  role: Role;
  pipelineId: number;
  key: string;
  body: string;
  token: string;
}

/** Distinct pipelines over five teams; every tenth repeats an earlier one (a retry), every twentieth has a wrong token, every fiftieth is cut short. */
function planLoad(count: number): Planned[] {
  const planned: Planned[] = [];
  const originals: Planned[] = [];
  for (let index = 0; index < count; index += 1) {
    const pipelineId = 100_000 + index;
    const body = JSON.stringify({
      object_kind: 'pipeline',
      project: { id: teamIds[index % teamIds.length], web_url: `${instance}/se/team` },
      object_attributes: {
        id: pipelineId,
        iid: index,
        ref: 'main',
        status: index % 3 === 0 ? 'failed' : 'success',
        created_at: '2026-03-02 08:00:00 UTC',
        duration: 30,
      },
      builds: [],
    });
    const base: Planned = { role: 'original', pipelineId, key: `live-${index}`, body, token: testSecret };
    const earlier = originals[Math.floor(originals.length / 2)];
    if (index % 20 === 19) planned.push({ ...base, role: 'bad-token', token: 'wrong-secret' });
    else if (index % 50 === 27) planned.push({ ...base, role: 'malformed', body: body.slice(0, body.length / 2) });
    else if (index % 10 === 5 && earlier) planned.push({ ...earlier, role: 'duplicate' });
    else {
      originals.push(base);
      planned.push(base);
    }
  }
  return planned;
}

async function send(relayUrl: string, deliveries: Planned[], concurrency: number): Promise<Array<{ delivery: Planned; status: number }>> {
  const outcomes: Array<{ delivery: Planned; status: number }> = [];
  let next = 0;
  const sender = async () => {
    for (let delivery = deliveries[next++]; delivery; delivery = deliveries[next++]) {
      const response = await fetch(`${relayUrl}/api/v1/webhooks/gitlab`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-gitlab-event': 'Pipeline Hook',
          'x-gitlab-instance': instance,
          'x-gitlab-token': delivery.token,
          'idempotency-key': delivery.key,
        },
        body: delivery.body,
      });
      await response.arrayBuffer();
      outcomes.push({ delivery, status: response.status });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, sender));
  return outcomes;
}

describe('live updates through the relay', () => {
  it('long-polls once connected: an event delivered later reaches the database without a pull', async () => {
    const relay = await startTestRelay({ longPollMs: 30_000 });
    cleanups.push(() => relay.close());
    const dataDir = prepareAppData();
    const core = await openLongRunningApp(dataDir);
    await callOk(core, 'relay.connect', { url: relay.url });
    expect((await callOk(core, 'relay.status', {})).state).toBe('live');

    const body = JSON.stringify({
      object_kind: 'pipeline',
      project: { id: 11 },
      object_attributes: { id: 77, status: 'running', created_at: '2026-03-02T08:00:00Z' },
    });
    const answer = await fetch(`${relay.url}/api/v1/webhooks/gitlab`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-gitlab-token': testSecret, 'x-gitlab-instance': instance },
      body,
    });
    expect(answer.status).toBe(200);
    await expect.poll(() => readPipelineIds(dataDir), { timeout: 20_000, interval: 50 }).toEqual([77]);
  });

  it('puts every delivery answered 2xx into the database exactly once under load, and nothing refused', async () => {
    const relay = await startTestRelay({ longPollMs: 30_000 });
    cleanups.push(() => relay.close());
    const dataDir = prepareAppData();
    const core = await openLongRunningApp(dataDir);
    await callOk(core, 'relay.connect', { url: relay.url });

    const outcomes = await send(relay.url, planLoad(5000), 50);
    const accepted = outcomes.filter((o) => o.status >= 200 && o.status < 300);
    const refused = outcomes.filter((o) => o.status >= 400);
    expect(refused.every((o) => o.delivery.role === 'bad-token' || o.delivery.role === 'malformed')).toBe(true);
    expect(accepted.every((o) => o.delivery.role === 'original' || o.delivery.role === 'duplicate')).toBe(true);

    const lastCursor = await readRelayLastCursor(relay);
    await expect.poll(async () => (await callOk(core, 'relay.status', {})).cursor, { timeout: 60_000, interval: 100 }).toBe(lastCursor);

    const expected = [...new Set(accepted.map((o) => o.delivery.pipelineId))].sort((a, b) => a - b);
    expect(readPipelineIds(dataDir)).toEqual(expected);
    // Each distinct delivery was applied once: the relay's deduplication and the app's cursor together.
    expect((await callOk(core, 'relay.status', {})).appliedCount).toBe(expected.length);
    const metrics = await callOk(core, 'metrics.course', {});
    expect(metrics.totals.total).toBe(expected.length);
  });
});
