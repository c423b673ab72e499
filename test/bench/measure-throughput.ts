import type { GeneratedCourse } from '../../electron/core/demo/course-types';
import type { StoredCounts } from '../../shared/domain/sync';
import { DEFAULT_SIMULATOR_TOKEN, startGitlabSimulator } from '../support/gitlab-simulator';
import type { SyncOutcome } from './child-protocol';
import { formatInt, formatSeconds, printHeading, printTable, progress } from './bench-table';
import { startSyncChild } from './run-sync-child';
import { measureStoreWriteRate } from './store-write-rate';

export interface ThroughputFigures {
  syncRows: number;
  syncMs: number;
  /** Rows the course holds after the sync (sum of summary.stored) per second of summary.durationMs. */
  syncRowsPerSecond: number;
  requestsPerSecond: number;
  storeRows: number;
  storeMs: number;
  storeRowsPerSecond: number;
}

const sumCounts = (counts: StoredCounts) => Object.values(counts).reduce((sum, n) => sum + n, 0);

async function runUnthrottledSync(course: GeneratedCourse, startedAt: number): Promise<SyncOutcome> {
  const sim = await startGitlabSimulator({ course, latencyMs: 0, shouldCopyCourse: false });
  const child = await startSyncChild({ gitlabUrl: sim.url, groupPath: course.group.full_path, token: DEFAULT_SIMULATOR_TOKEN, requestsPerMinute: 100_000 });
  try {
    progress(startedAt, 'unthrottled full sync running…');
    return await child.sync();
  } finally {
    await child.close();
    await sim.close();
  }
}

/** Section 4: rows per second of an unthrottled sync, and of the store alone for comparison. */
export async function measureThroughput(course: GeneratedCourse, startedAt: number): Promise<ThroughputFigures> {
  printHeading(`4. Rows stored per second, no limit (${course.teams.length} teams, latency 0 ms, client budget 100,000/min)`);
  console.log('The sync runs in a child process and the simulator in this one, so they do not share an event loop.');
  const sync = await runUnthrottledSync(course, startedAt);
  const { summary } = sync;
  const syncRows = sumCounts(summary.stored);
  const syncRowsPerSecond = (syncRows / summary.durationMs) * 1000;
  const requestsPerSecond = (summary.requests / summary.durationMs) * 1000;
  progress(startedAt, `unthrottled sync done: ${formatInt(syncRows)} rows, ${formatInt(summary.requests)} requests in ${formatSeconds(summary.durationMs)}`);
  console.log(
    `stored by resource: ${Object.entries(summary.stored)
      .map(([kind, n]) => `${kind} ${formatInt(n)}`)
      .join(', ')}`,
  );

  progress(startedAt, 'store-only write loop running…');
  const store = measureStoreWriteRate(course);
  const storeRows = store.reduce((sum, row) => sum + row.rows, 0);
  const storeMs = store.reduce((sum, row) => sum + row.ms, 0);
  const storeRowsPerSecond = (storeRows / storeMs) * 1000;
  console.log('\nStore only: the same course parsed up front, written through the store repos in 100-row page transactions:');
  printTable(
    ['rows written', 'rows', 'ms', 'rows/s'],
    [
      ...store.map((row) => [row.what, row.rows, row.ms.toFixed(0), formatInt((row.rows / row.ms) * 1000)]),
      ['TOTAL', storeRows, storeMs.toFixed(0), formatInt(storeRowsPerSecond)],
    ],
  );
  console.log('');
  printTable(
    ['rate', 'rows', 'time', 'rows/s'],
    [
      ['END-TO-END sync (sum of summary.stored / summary.durationMs)', formatInt(syncRows), formatSeconds(summary.durationMs), formatInt(syncRowsPerSecond)],
      ['STORE ONLY (repos in a transaction loop, no HTTP)', formatInt(storeRows), formatSeconds(storeMs), formatInt(storeRowsPerSecond)],
    ],
  );
  const storeShareMs = (syncRows / storeRowsPerSecond) * 1000;
  console.log(
    `The sync made ${formatInt(requestsPerSecond)} requests/s (${(syncRows / summary.requests).toFixed(1)} stored rows per request). ` +
      `At the store-only rate its rows take ~${formatSeconds(storeShareMs)} of its ${formatSeconds(summary.durationMs)} ` +
      `(${((storeShareMs / summary.durationMs) * 100).toFixed(0)}%); the rest is HTTP round trips, parsing and per-request bookkeeping.`,
  );
  return { syncRows, syncMs: summary.durationMs, syncRowsPerSecond, requestsPerSecond, storeRows, storeMs, storeRowsPerSecond };
}
