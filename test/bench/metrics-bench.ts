// npm run bench:metrics — every metric of a large course computed from SQLite: 100 teams, each with
// 2,000 pipelines (6,000 jobs) and 5,000 commits. Prints the time for the whole course and per team,
// and the memory used. Figures only: the goal (under 200 ms for the course) is reported, not asserted.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCourseMetrics } from '../../electron/core/metrics/load-course-metrics';
import { createStore } from '../../electron/core/store/create-store';
import { commitsPerTeam, jobsPerPipeline, pipelinesPerTeam, seedBenchCourse } from './seed-bench-course';

const teams = Number(process.env.BENCH_TEAMS ?? 100);
const dir = mkdtempSync(join(tmpdir(), 'gitpulse-bench-metrics-'));
const store = createStore(dir);
const seeded = performance.now();
const courseId = seedBenchCourse(store, teams);
const seedMs = performance.now() - seeded;

const afterTerm = Date.parse('2026-09-01T00:00:00Z');
loadCourseMetrics(store, store.courses.getCourse(courseId), {}, afterTerm);
const runs: number[] = [];
const heapBefore = process.memoryUsage().heapUsed;
let peakRss = process.memoryUsage().rss;
for (let i = 0; i < 5; i += 1) {
  const began = performance.now();
  const metrics = loadCourseMetrics(store, store.courses.getCourse(courseId), {}, afterTerm);
  runs.push(performance.now() - began);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  if (metrics.teams.length !== teams) throw new Error(`expected ${teams} teams, got ${metrics.teams.length}`);
}
runs.sort((a, b) => a - b);
const median = runs[Math.floor(runs.length / 2)] ?? 0;
const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
console.log(
  `seeded ${teams} teams × ${pipelinesPerTeam} pipelines (${pipelinesPerTeam * jobsPerPipeline} jobs) and ${commitsPerTeam} commits in ${(seedMs / 1000).toFixed(1)} s`,
);
console.log(
  `all metrics of the course: median ${median.toFixed(0)} ms of 5 runs (${(median / teams).toFixed(2)} ms per team); goal < 200 ms: ${median < 200 ? 'met' : `missed (${(median / 200).toFixed(1)}× the goal)`}`,
);
console.log(`memory: heap ${mib(process.memoryUsage().heapUsed - heapBefore)} MiB above the start of the runs, peak RSS ${mib(peakRss)} MiB`);
store.close();
rmSync(dir, { recursive: true, force: true });
