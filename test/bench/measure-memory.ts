import type { GeneratedCourse } from '../../electron/core/demo/course-types';
import { generateCourse } from '../../electron/core/demo/generate-course';
import { DEFAULT_SIMULATOR_TOKEN, startGitlabSimulator } from '../support/gitlab-simulator';
import type { MemoryFigures } from './child-protocol';
import { formatInt, formatMiB, formatRatio, formatSeconds, printHeading, printTable, progress } from './bench-table';
import { startSyncChild } from './run-sync-child';

export interface MemoryRun {
  scale: number;
  requests: number;
  storedRows: number;
  durationMs: number;
  memory: MemoryFigures;
  /** Peak heapUsed right after forced full GCs, from a separate diagnostic run of the same sync. */
  peakLiveHeapBytes: number;
}

export interface MemoryComparison {
  teams: number;
  runs: MemoryRun[];
  rssRatio: number;
  heapRatio: number;
}

async function syncOnce(course: GeneratedCourse, label: string, isLiveHeapSampled: boolean, startedAt: number) {
  const sim = await startGitlabSimulator({ course, latencyMs: 0, shouldCopyCourse: false });
  // A fresh child per run: maxRSS is a lifetime high-water mark and cannot be reset.
  const child = await startSyncChild({
    gitlabUrl: sim.url,
    groupPath: course.group.full_path,
    token: DEFAULT_SIMULATOR_TOKEN,
    requestsPerMinute: 100_000,
    isLiveHeapSampled,
  });
  try {
    progress(
      startedAt,
      `${label}: syncing ${course.teams.length} teams in a child process${isLiveHeapSampled ? ' (diagnostic: forced GC every 250 ms)' : ''}…`,
    );
    const outcome = await child.sync();
    progress(startedAt, `${label}: ${formatInt(outcome.summary.requests)} requests in ${formatSeconds(outcome.summary.durationMs)}`);
    return outcome;
  } finally {
    await child.close();
    await sim.close();
  }
}

async function measureScale(teams: number, scale: number, startedAt: number): Promise<MemoryRun> {
  const course = generateCourse({ teams, weeks: 13, activityScale: scale, seed: 7 });
  const { summary, memory } = await syncOnce(course, `${scale}× history`, false, startedAt);
  // Forced GCs change the RSS and heap peaks, so the live-heap figure comes from a run of its own.
  const diagnostic = await syncOnce(course, `${scale}× history`, true, startedAt);
  const storedRows = Object.values(summary.stored).reduce((sum, n) => sum + n, 0);
  return { scale, requests: summary.requests, storedRows, durationMs: summary.durationMs, memory, peakLiveHeapBytes: diagnostic.memory.peakLiveHeapBytes ?? 0 };
}

/** Section 5: the sync's peak memory for the same teams with 1× and 10× the history. */
export async function measureMemory(teams: number, startedAt: number): Promise<MemoryComparison> {
  printHeading(`5. Peak memory of the sync process, ${teams} teams at activityScale 1 and 10 (latency 0, budget 100,000/min)`);
  console.log('The simulator (which holds the whole course) runs in this process; only the child running the core is measured.');
  const runs: MemoryRun[] = [];
  for (const scale of [1, 10]) runs.push(await measureScale(teams, scale, startedAt));
  const [one, ten] = runs as [MemoryRun, MemoryRun];
  const rssRatio = ten.memory.maxRssBytes / one.memory.maxRssBytes;
  const heapRatio = ten.memory.peakHeapBytes / one.memory.peakHeapBytes;
  const row = (label: string, pick: (run: MemoryRun) => string) => [label, pick(one), pick(ten)];
  printTable(
    ['figure', '1× history', '10× history'],
    [
      row('requests', (run) => formatInt(run.requests)),
      row('rows stored', (run) => formatInt(run.storedRows)),
      row('sync duration', (run) => formatSeconds(run.durationMs)),
      row('RSS after setup, before the sync', (run) => formatMiB(run.memory.baselineRssBytes)),
      row('peak RSS (resourceUsage().maxRSS)', (run) => formatMiB(run.memory.maxRssBytes)),
      row('peak RSS above setup', (run) => formatMiB(run.memory.maxRssBytes - run.memory.baselineRssBytes)),
      row('heapUsed after setup', (run) => formatMiB(run.memory.baselineHeapBytes)),
      row('peak heapUsed (50 ms samples)', (run) => formatMiB(run.memory.peakHeapBytes)),
      row('peak live heap (diagnostic run, heapUsed after a forced GC every 250 ms)', (run) => formatMiB(run.peakLiveHeapBytes)),
    ],
  );
  const growth = (pick: (m: MemoryFigures) => number, base: (m: MemoryFigures) => number) =>
    formatRatio((pick(ten.memory) - base(ten.memory)) / Math.max(1, pick(one.memory) - base(one.memory)));
  console.log(
    `10×/1×: peak RSS ${formatRatio(rssRatio)}, peak heap ${formatRatio(heapRatio)} (goal < 1.5×). ` +
      `Above the setup baseline: RSS ${growth(
        (m) => m.maxRssBytes,
        (m) => m.baselineRssBytes,
      )}, heap ${growth(
        (m) => m.peakHeapBytes,
        (m) => m.baselineHeapBytes,
      )}. ` +
      `Live heap (diagnostic): ${formatRatio(ten.peakLiveHeapBytes / Math.max(1, one.peakLiveHeapBytes))}.`,
  );
  return { teams, runs, rssRatio, heapRatio };
}
