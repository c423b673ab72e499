import type { GeneratedCourse } from '../../electron/core/demo/course-types';
import { DEFAULT_SIMULATOR_TOKEN, startGitlabSimulator } from '../support/gitlab-simulator';
import { formatInt, formatRatio, formatSeconds, printHeading, printTable, progress } from './bench-table';
import { computeMinimumRequests } from './minimum-requests';
import { startSyncChild } from './run-sync-child';

/** The connection's budget under test; the simulator allows more (GitLab.com's 2,000/min) so ours binds. */
const clientPerMinute = 600;
const serverPerMinute = 2_000;

export interface RateLimitFigures {
  teams: number;
  requests: number;
  durationMs: number;
  naiveBoundMs: number;
  burstBoundMs: number;
  /** durationMs over the burst-adjusted bound: the honest one, since no client can beat it. */
  ratio: number;
}

/** Mirrors rate-budget.ts: the bucket starts full with perMinute / 6 tokens (ten seconds' worth). */
function bucketCapacity(perMinute: number): number {
  return Math.max(1, Math.min(perMinute, Math.ceil(perMinute / 6)));
}

/** Section 3: how close a rate-limited full sync comes to the time the budget itself dictates. */
export async function measureRateLimit(course: GeneratedCourse, startedAt: number): Promise<RateLimitFigures> {
  printHeading(
    `3. Wall time under a ${clientPerMinute}/min budget (${course.teams.length} teams, latency 20 ms, simulator limit ${formatInt(serverPerMinute)}/min)`,
  );
  console.log(`A 40-team full sync at ${clientPerMinute}/min would take 20+ minutes, so this uses a smaller ${course.teams.length}-team course.`);
  const sim = await startGitlabSimulator({ course, latencyMs: 20, rateLimitPerMinute: serverPerMinute, shouldCopyCourse: false });
  const child = await startSyncChild({
    gitlabUrl: sim.url,
    groupPath: course.group.full_path,
    token: DEFAULT_SIMULATOR_TOKEN,
    requestsPerMinute: clientPerMinute,
  });
  try {
    sim.clearRequests();
    const floor = [...computeMinimumRequests(course).values()].reduce((sum, n) => sum + n, 0);
    const expectedMs = (Math.max(0, floor - bucketCapacity(clientPerMinute)) / clientPerMinute) * 60_000;
    progress(startedAt, `rate-limited sync running: the data needs at least ${formatInt(floor)} requests, so at least ${formatSeconds(expectedMs)}…`);
    const outcome = await child.sync();
    const requests = outcome.summary.requests;
    const throttled = sim.requests.filter((request) => request.status === 429).length;
    const perMs = clientPerMinute / 60_000;
    const capacity = bucketCapacity(clientPerMinute);
    const naiveBoundMs = requests / perMs;
    const burstBoundMs = Math.max(0, requests - capacity) / perMs;
    const durationMs = outcome.summary.durationMs;
    progress(startedAt, `rate-limited sync done: ${formatInt(requests)} requests in ${formatSeconds(durationMs)}`);
    printTable(
      ['figure', 'value'],
      [
        ['requests (summary.requests)', formatInt(requests)],
        ['429 answers from the simulator', formatInt(throttled)],
        ['measured sync duration (summary.durationMs)', formatSeconds(durationMs)],
        [`naive bound: requests / ${clientPerMinute} per min`, formatSeconds(naiveBoundMs)],
        [`burst-adjusted bound: (requests − ${capacity} bucket) / ${clientPerMinute} per min`, formatSeconds(burstBoundMs)],
        ['measured / naive bound', formatRatio(durationMs / naiveBoundMs)],
        ['measured / burst-adjusted bound (goal ≤ 1.1×)', formatRatio(durationMs / burstBoundMs)],
      ],
    );
    return { teams: course.teams.length, requests, durationMs, naiveBoundMs, burstBoundMs, ratio: durationMs / burstBoundMs };
  } finally {
    await child.close();
    await sim.close();
  }
}
