// npm run bench:relay — accepted webhook deliveries per second, every one committed before its answer,
// then the time from a delivery to the event being in the desktop app's database (relay-app-latency.ts).
// Spawns the real relay (its bin, built JS) on 127.0.0.1 and sends from 50 concurrent senders in this
// process through one undici pool. A report, not a test: it prints figures and checks the feed.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { Pool } from 'undici';
import { readWholeFeed } from '../support/relay/read-relay-feed';
import { planDeliveries, type PlannedDelivery } from '../support/relay/run-delivery-load';
import { spawnRelay } from '../support/relay/spawn-relay';
import { makeTempDir } from '../support/temp-dir';
import { measureAppLatency } from './relay-app-latency';

const secret = 'bench-secret';
const clientToken = 'bench-client';
const concurrency = 50;
const count = Number(process.argv.find((arg) => arg.startsWith('--deliveries='))?.split('=')[1] ?? 20_000);

/** CPU time (user + system) the relay process has used, from /proc; null off Linux. */
function readCpuMs(pid: number | undefined): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    // utime and stime are fields 14 and 15 of stat, counted in clock ticks (100 a second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

interface Run {
  what: string;
  relayCpuMs: number | null;
  sent: number;
  accepted: number;
  ms: number;
  latencies: number[];
}

async function sendAll(pool: Pool, deliveries: readonly PlannedDelivery[], what: string, relayPid: number | undefined): Promise<Run> {
  const cpuBefore = readCpuMs(relayPid);
  const latencies: number[] = [];
  let accepted = 0;
  let next = 0;
  const started = performance.now();
  const sender = async () => {
    for (let delivery = deliveries[next++]; delivery; delivery = deliveries[next++]) {
      const sentAt = performance.now();
      const { statusCode, body } = await pool.request({
        method: 'POST',
        path: '/api/v1/webhooks/gitlab',
        headers: {
          'content-type': 'application/json',
          'x-gitlab-event': delivery.event,
          'x-gitlab-token': delivery.token,
          'idempotency-key': delivery.idempotencyKey,
        },
        body: delivery.body,
      });
      await body.dump();
      latencies.push(performance.now() - sentAt);
      if (statusCode >= 200 && statusCode < 300) accepted++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, sender));
  const cpuAfter = readCpuMs(relayPid);
  return {
    what,
    relayCpuMs: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore,
    sent: deliveries.length,
    accepted,
    ms: performance.now() - started,
    latencies,
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
}

const dir = makeTempDir('gitpulse-relay-bench-');
const relay = await spawnRelay(['--port', '0', '--data-dir', dir.path, '--secret', secret, '--client-token', clientToken]);
const pool = new Pool(relay.url, { connections: concurrency, pipelining: 1 });
try {
  // Warm up the JIT and the connections (the first thousands run markedly slower); these events are
  // part of the feed check below.
  const warmup = planDeliveries(5000, secret)
    .filter((delivery) => delivery.role === 'original')
    .map((delivery) => ({ ...delivery, idempotencyKey: `warm-${delivery.index}` }));
  await sendAll(pool, warmup, 'warm-up', relay.child.pid);
  const distinct = planDeliveries(count, secret).map((delivery) => ({
    ...delivery,
    role: 'original' as const,
    token: secret,
    idempotencyKey: `bench-${delivery.index}`,
    body: delivery.role === 'malformed' ? (warmup[0]?.body ?? '{}') : delivery.body,
  }));
  const mixed = planDeliveries(count, secret);
  const distinctRun = await sendAll(pool, distinct, 'distinct events', relay.child.pid);
  const mixedRun = await sendAll(pool, mixed, 'mixed: 10% duplicates, 5% bad tokens, 2% malformed', relay.child.pid);
  const runs = [distinctRun, mixedRun];

  console.log(
    `\nRelay intake, ${concurrency} concurrent senders, synchronous=FULL, load average before: ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')}\n`,
  );
  console.log('| Run | Deliveries | Answered 2xx | Wall time | 2xx per second | p50 / p99 latency | Relay CPU per delivery |');
  console.log('|---|---|---|---|---|---|---|');
  for (const run of runs) {
    const sorted = [...run.latencies].sort((a, b) => a - b);
    console.log(
      `| ${run.what} | ${run.sent} | ${run.accepted} | ${(run.ms / 1000).toFixed(2)} s | **${Math.round((run.accepted / run.ms) * 1000)}/s** | ${percentile(sorted, 50).toFixed(1)} / ${percentile(sorted, 99).toFixed(1)} ms | ${run.relayCpuMs === null ? 'n/a' : `${((run.relayCpuMs * 1000) / run.sent).toFixed(0)} µs`} |`,
    );
  }
  const events = await readWholeFeed(relay.url, clientToken);
  const keys = new Set(events.map((event) => event.idempotencyKey));
  const expected = warmup.length + distinctRun.accepted + mixed.filter((delivery) => delivery.role === 'original').length;
  const isExact = events.length === expected && keys.size === expected;
  console.log(`\nFeed check: ${events.length} events, ${keys.size} distinct keys, expected ${expected}: ${isExact ? 'exact' : 'MISMATCH'}.`);
  if (!isExact) process.exitCode = 1;
} finally {
  await pool.close();
  await relay.stop();
  dir.cleanup();
}

// The desktop side: from sending a delivery to its event being committed in the app's database.
const latencyRuns = await measureAppLatency([
  { what: 'steady: 10 senders, one delivery each per 200 ms (~50/s)', count: 1000, concurrency: 10, perSenderGapMs: 200 },
  { what: 'burst: 5,000 deliveries from 50 senders at full speed', count: 5000, concurrency: 50, perSenderGapMs: 0 },
]);
console.log(
  `\nDelivery to the app's database (the app long-polling the relay), load average before: ${loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')}\n`,
);
console.log('| Run | Deliveries | Median | p95 | Max |');
console.log('|---|---|---|---|---|');
for (const run of latencyRuns) {
  const sorted = [...run.latenciesMs].sort((a, b) => a - b);
  console.log(
    `| ${run.what} | ${run.deliveries} | ${percentile(sorted, 50).toFixed(0)} ms | **${percentile(sorted, 95).toFixed(0)} ms** | ${(sorted.at(-1) ?? 0).toFixed(0)} ms |`,
  );
}
