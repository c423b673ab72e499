// npm run bench:metrics — every metric of a large course computed from SQLite: 100 teams, each with
// 2,000 pipelines (6,000 jobs) and 5,000 commits. Prints the time for the whole course and per team,
// and the memory used. Figures only: the goal (under 200 ms for the course) is reported, not asserted.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCourseMetrics } from '../../electron/core/metrics/load-course-metrics';
import { createStore } from '../../electron/core/store/create-store';
import type { JobRow, PipelineRow } from '../../electron/core/store/rows/pipeline-rows';
import type { CommitRow } from '../../electron/core/store/rows/repository-rows';

const teams = Number(process.env.BENCH_TEAMS ?? 100);
const pipelinesPerTeam = 2_000;
const jobsPerPipeline = 3;
const commitsPerTeam = 5_000;
const start = Date.parse('2026-02-16T00:00:00Z');
const termMs = 13 * 7 * 86_400_000;

const dir = mkdtempSync(join(tmpdir(), 'gitpulse-bench-metrics-'));
const store = createStore(dir);
const seeded = performance.now();
const course = store.courses.insertCourse({
  name: 'bench',
  gitlabUrl: 'https://gitlab.example.edu',
  source: { kind: 'group', groupPath: 'bench' },
  isDemo: false,
  windowStart: '2026-02-16',
  windowEnd: '2026-05-17',
});
let random = 42;
const next = () => (random = (random * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const iso = (ms: number) => new Date(ms).toISOString();
for (let t = 0; t < teams; t += 1) {
  store.transaction(() => {
    const projectId = store.projects.upsertProject('https://gitlab.example.edu', {
      gitlabId: 1000 + t,
      pathWithNamespace: `bench/team-${t}`,
      name: `Team ${t}`,
      webUrl: `https://gitlab.example.edu/bench/team-${t}`,
      defaultBranch: 'main',
      isArchived: false,
      lastActivityAt: null,
    });
    store.projects.linkTeam(course.id, projectId);
    const pipelines: PipelineRow[] = [];
    const jobs: JobRow[] = [];
    for (let p = 0; p < pipelinesPerTeam; p += 1) {
      const created = start + Math.floor(next() * termMs);
      const status = next() < 0.7 ? 'success' : next() < 0.8 ? 'failed' : 'canceled';
      const id = t * 1_000_000 + p;
      pipelines.push({
        gitlabId: id,
        iid: p + 1,
        status,
        source: 'push',
        ref: next() < 0.5 ? 'main' : `feature-${p % 7}`,
        sha: `sha-${t}-${p}`,
        webUrl: null,
        createdAt: iso(created),
        updatedAt: iso(created + 900_000),
        startedAt: iso(created + 30_000),
        finishedAt: iso(created + 600_000),
        duration: 400 + Math.floor(next() * 400),
        queuedDuration: 30,
        coverage: next() < 0.5 ? Math.round(next() * 1000) / 10 : null,
      });
      for (let j = 0; j < jobsPerPipeline; j += 1) {
        jobs.push({
          gitlabId: id * 10 + j,
          pipelineId: id,
          name: ['build', 'test', 'lint'][j] ?? 'job',
          stage: ['build', 'test', 'lint'][j] ?? 'test',
          status,
          isAllowedToFail: false,
          duration: 150,
          coverage: null,
          createdAt: iso(created),
          startedAt: iso(created + 30_000 + j * 200_000),
          finishedAt: iso(created + 180_000 + j * 200_000),
          webUrl: null,
          failureReason: null,
          queuedDuration: 10,
        });
      }
    }
    store.pipelines.upsertPipelines(projectId, pipelines);
    store.pipelines.upsertJobs(projectId, jobs);
    const commits: CommitRow[] = [];
    for (let c = 0; c < commitsPerTeam; c += 1) {
      const at = iso(start + Math.floor(next() * termMs));
      commits.push({
        sha: `c-${t}-${c}`,
        title: `Commit ${c}`,
        message: null,
        authorName: `Student ${c % 4}`,
        authorEmail: `s${c % 4}.t${t}@students.example.edu`,
        authoredAt: at,
        committedAt: at,
        parentShas: [`c-${t}-${c - 1}`],
        additions: Math.floor(next() * 80),
        deletions: Math.floor(next() * 30),
        webUrl: null,
      });
    }
    store.repository.upsertCommits(projectId, commits);
  });
}
const seedMs = performance.now() - seeded;

const afterTerm = Date.parse('2026-09-01T00:00:00Z');
loadCourseMetrics(store, store.courses.getCourse(course.id), {}, afterTerm);
const runs: number[] = [];
const heapBefore = process.memoryUsage().heapUsed;
let peakRss = process.memoryUsage().rss;
for (let i = 0; i < 5; i += 1) {
  const began = performance.now();
  const metrics = loadCourseMetrics(store, store.courses.getCourse(course.id), {}, afterTerm);
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
