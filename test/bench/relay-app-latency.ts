// The half of `npm run bench:relay` that measures the desktop side: the time from a delivery to its
// event being committed in the app's own database, with the app long-polling a relay spawned through
// its bin. The app is the real core in this process (openCore, as the CLI and serve host it), on a
// fresh data folder with one course whose teams the deliveries name.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Pool } from 'undici';
import { openCore } from '../../electron/core/open-core';
import { spawnRelay } from '../support/relay/spawn-relay';
import { makeTempDir } from '../support/temp-dir';
import { seedCourseTeams } from '../support/seed-course-teams';

const secret = 'bench-latency-secret';
const clientToken = 'bench-latency-client';
const instance = 'https://gitlab.example.com';
const teamIds = [21, 22, 23, 24, 25, 26, 27, 28, 29, 30];

export interface LatencyRun {
  what: string;
  deliveries: number;
  latenciesMs: number[];
}

function prepareAppData(dataDir: string): void {
  seedCourseTeams(dataDir, { instance, group: 'bench', courseName: 'bench', teamIds, isScheduled: false });
}

function pipelineBody(id: number): string {
  return JSON.stringify({
    object_kind: 'pipeline',
    project: { id: teamIds[id % teamIds.length], web_url: `${instance}/bench/team` },
    object_attributes: {
      id,
      iid: id,
      ref: 'main',
      status: 'success',
      created_at: '2026-03-02 08:00:00 UTC',
      finished_at: '2026-03-02 08:01:00 UTC',
      duration: 60,
    },
    builds: [],
  });
}

export async function measureAppLatency(runs: Array<{ what: string; count: number; concurrency: number; perSenderGapMs: number }>): Promise<LatencyRun[]> {
  const relayDir = makeTempDir('gitpulse-relay-latency-');
  const appDir = makeTempDir('gitpulse-app-latency-');
  const relay = await spawnRelay(['--port', '0', '--data-dir', relayDir.path, '--secret', secret, '--client-token', clientToken]);
  prepareAppData(appDir.path);
  const core = await openCore({ dataDir: appDir.path, env: { GITPULSE_RELAY_TOKEN: clientToken }, isSchedulerEnabled: true });
  const reader = new Database(join(appDir.path, 'gitpulse.sqlite'), { readonly: true });
  const isStored = reader.prepare('SELECT 1 FROM pipelines WHERE gitlab_id = ?').pluck();
  const pool = new Pool(relay.url, { connections: 50, pipelining: 1 });
  const results: LatencyRun[] = [];
  try {
    const connected = await core.call('relay.connect', { url: relay.url });
    if (!connected.ok) throw new Error(connected.error.message);
    let nextId = 1;
    for (const run of runs) {
      const sentAt = new Map<number, number>();
      const latencies: number[] = [];
      // The commit that applies a page announces itself as data.changed in this process: the moment
      // the event is in the database. Each pending id is checked against a separate connection.
      const unsubscribe = core.subscribe((event) => {
        if (event.name !== 'data.changed' || !event.payload.tables.includes('pipelines')) return;
        const now = performance.now();
        for (const [id, at] of sentAt) {
          if (isStored.get(id) === undefined) continue;
          latencies.push(now - at);
          sentAt.delete(id);
        }
      });
      const ids = Array.from({ length: run.count }, () => nextId++);
      let next = 0;
      const sender = async () => {
        for (let id = ids[next++]; id !== undefined; id = ids[next++]) {
          sentAt.set(id, performance.now());
          const { statusCode, body } = await pool.request({
            method: 'POST',
            path: '/api/v1/webhooks/gitlab',
            headers: {
              'content-type': 'application/json',
              'x-gitlab-event': 'Pipeline Hook',
              'x-gitlab-instance': instance,
              'x-gitlab-token': secret,
              'idempotency-key': `latency-${id}`,
            },
            body: pipelineBody(id),
          });
          await body.dump();
          if (statusCode !== 200) throw new Error(`The relay answered ${statusCode}`);
          if (run.perSenderGapMs > 0) await new Promise((resolve) => setTimeout(resolve, run.perSenderGapMs));
        }
      };
      await Promise.all(Array.from({ length: run.concurrency }, sender));
      const deadline = performance.now() + 60_000;
      while (sentAt.size > 0 && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      unsubscribe();
      if (sentAt.size > 0) throw new Error(`${sentAt.size} events did not reach the app's database within a minute`);
      results.push({ what: run.what, deliveries: run.count, latenciesMs: latencies });
    }
  } finally {
    core.close();
    reader.close();
    await pool.close();
    await relay.stop();
    relayDir.cleanup();
    appDir.cleanup();
  }
  return results;
}
