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
/** `--relay-bin=PATH` measures another build of the relay (e.g. an older checkout) under the same load. */
const relayBin = process.argv.find((arg) => arg.startsWith('--relay-bin='))?.split('=')[1];
/** `--only=intake` or `--only=latency` runs one half. */
const only = process.argv.find((arg) => arg.startsWith('--only='))?.split('=')[1] ?? null;

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
  /** CPU this process (the 50 senders) used meanwhile: on a 2-core machine they compete with the relay. */
  senderCpuMs: number;
  sent: number;
  accepted: number;
  /** Idempotency keys of the deliveries answered 2xx: each must be in the feed. */
  acceptedKeys: Set<string>;
  /** Deliveries that got no HTTP answer at all (a dropped connection): neither accepted nor refused. */
  connectionErrors: number;
  firstConnectionError: string | null;
  ms: number;
  latencies: number[];
}

async function sendAll(pool: Pool, deliveries: readonly PlannedDelivery[], what: string, relayPid: number | undefined): Promise<Run> {
  const cpuBefore = readCpuMs(relayPid);
  const senderBefore = process.cpuUsage();
  const latencies: number[] = [];
  let accepted = 0;
  const acceptedKeys = new Set<string>();
  let connectionErrors = 0;
  let firstConnectionError: string | null = null;
  let next = 0;
  const started = performance.now();
  const sender = async () => {
    for (let delivery = deliveries[next++]; delivery; delivery = deliveries[next++]) {
      const sentAt = performance.now();
      const answer = await pool
        .request({
          method: 'POST',
          path: '/api/v1/webhooks/gitlab',
          headers: {
            'content-type': 'application/json',
            'x-gitlab-event': delivery.event,
            'x-gitlab-token': delivery.token,
            'idempotency-key': delivery.idempotencyKey,
          },
          body: delivery.body,
        })
        .then(async ({ statusCode, body }) => {
          await body.dump();
          return statusCode;
        })
        .catch((error: unknown) => {
          connectionErrors += 1;
          firstConnectionError ??= `${delivery.role} delivery: ${(error as Error).message}`;
          return null;
        });
      latencies.push(performance.now() - sentAt);
      if (answer !== null && answer >= 200 && answer < 300) {
        accepted++;
        acceptedKeys.add(delivery.idempotencyKey);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, sender));
  const cpuAfter = readCpuMs(relayPid);
  const senderCpu = process.cpuUsage(senderBefore);
  return {
    what,
    relayCpuMs: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore,
    senderCpuMs: (senderCpu.user + senderCpu.system) / 1000,
    sent: deliveries.length,
    accepted,
    acceptedKeys,
    connectionErrors,
    firstConnectionError,
    ms: performance.now() - started,
    latencies,
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
}

if (only !== 'latency') await measureIntake();
if (only !== 'intake') await reportAppLatency();

async function measureIntake(): Promise<void> {
  const dir = makeTempDir('gitpulse-relay-bench-');
  const relay = await spawnRelay(['--port', '0', '--data-dir', dir.path, '--secret', secret, '--client-token', clientToken], {}, relayBin);
  const pool = new Pool(relay.url, { connections: concurrency, pipelining: 1 });
  try {
    // Every delivery is planned before the first is sent: a pause between runs longer than the
    // server's keep-alive (5 s, easily reached while planning on a loaded machine) would close idle
    // connections just as the next run reuses them.
    const warmup = planDeliveries(5000, secret)
      .filter((delivery) => delivery.role === 'original')
      .map((delivery) => ({ ...delivery, idempotencyKey: `warm-${delivery.index}` }));
    const distinct = planDeliveries(count, secret).map((delivery) => ({
      ...delivery,
      role: 'original' as const,
      token: secret,
      idempotencyKey: `bench-${delivery.index}`,
      body: delivery.role === 'malformed' ? (warmup[0]?.body ?? '{}') : delivery.body,
    }));
    const mixed = planDeliveries(count, secret);
    // Warm up the JIT and the connections (the first thousands run markedly slower); these events are
    // part of the feed check below.
    const warmupRun = await sendAll(pool, warmup, 'warm-up', relay.child.pid);
    const distinctRun = await sendAll(pool, distinct, 'distinct events', relay.child.pid);
    const mixedRun = await sendAll(pool, mixed, 'mixed: 10% duplicates, 5% bad tokens, 2% malformed', relay.child.pid);
    const runs = [distinctRun, mixedRun];

    console.log(
      `\nRelay intake, ${concurrency} concurrent senders, synchronous=FULL, load average before: ${loadavg()
        .map((n) => n.toFixed(1))
        .join(' ')}\n`,
    );
    console.log('| Run | Deliveries | Answered 2xx | Wall time | 2xx per second | p50 / p99 latency | Relay CPU per delivery | Sender CPU per delivery |');
    console.log('|---|---|---|---|---|---|---|---|');
    for (const run of runs) {
      const sorted = [...run.latencies].sort((a, b) => a - b);
      console.log(
        `| ${run.what} | ${run.sent} | ${run.accepted} | ${(run.ms / 1000).toFixed(2)} s | **${Math.round((run.accepted / run.ms) * 1000)}/s** | ${percentile(sorted, 50).toFixed(1)} / ${percentile(sorted, 99).toFixed(1)} ms | ${run.relayCpuMs === null ? 'n/a' : `${((run.relayCpuMs * 1000) / run.sent).toFixed(0)} µs`} | ${((run.senderCpuMs * 1000) / run.sent).toFixed(0)} µs |`,
      );
    }
    const events = await readWholeFeed(relay.url, clientToken);
    const keys = new Set(events.map((event) => event.idempotencyKey));
    // Every 2xx must be in the feed, once; nothing refused may be. A delivery whose connection dropped
    // may or may not have been committed before it (GitLab would count it as failed either way).
    const answered = new Set([warmupRun, ...runs].flatMap((run) => [...run.acceptedKeys]));
    const lost = [...answered].filter((key) => !keys.has(key));
    const refused = new Set(
      mixed.filter((delivery) => delivery.role === 'bad-token' || delivery.role === 'malformed').map((delivery) => delivery.idempotencyKey),
    );
    const storedRefused = events.filter((event) => refused.has(event.idempotencyKey) && !answered.has(event.idempotencyKey)).length;
    const dropped = [warmupRun, ...runs].reduce((sum, run) => sum + run.connectionErrors, 0);
    const isExact = lost.length === 0 && keys.size === events.length && storedRefused === 0;
    console.log(
      `\nFeed check: ${events.length} events, ${keys.size} distinct keys, ${answered.size} distinct keys answered 2xx, ${lost.length} of them missing, ${storedRefused} refused ones stored: ${isExact ? 'exact' : 'MISMATCH'}.`,
    );
    if (dropped > 0)
      console.log(
        `${dropped} deliveries got no answer (connection dropped); first: ${[warmupRun, ...runs].find((run) => run.firstConnectionError)?.firstConnectionError}`,
      );
    if (!isExact) process.exitCode = 1;
  } finally {
    await pool.close();
    await relay.stop();
    dir.cleanup();
  }
}

/** The desktop side: from sending a delivery to its event being committed in the app's database. */
async function reportAppLatency(): Promise<void> {
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
}
