import { availableParallelism } from 'node:os';
import { generateCourse } from '../../electron/core/demo/generate-course';
import type { GeneratedCourse } from '../../electron/core/demo/course-types';
import { formatInt, formatRatio, printHeading, printTable, progress, type Cell } from './bench-table';
import { measureMemory, type MemoryComparison } from './measure-memory';
import { measureRateLimit, type RateLimitFigures } from './measure-rate-limit';
import { measureRequests, type RequestFigures } from './measure-requests';
import { measureThroughput, type ThroughputFigures } from './measure-throughput';

/**
 * `npm run bench:sync`: a report, not a test. It prints figures and ratios against the sync's goals
 * and exits 0 whether or not they are met (MISSED marks the ones that are not); it exits 1 only when
 * the benchmark itself breaks. Never part of `npm test`: timings on a shared machine are noise there.
 *
 * `--only=requests,rate,throughput,memory` runs a subset, e.g. while optimising one thing.
 */

const sections = ['requests', 'rate', 'throughput', 'memory'] as const;
type Section = (typeof sections)[number];

/** The course sizes the brief asks for: 40 teams for counts, 3 for the throttled run, 10 for memory. */
const mainTeams = 40;
const throttledTeams = 3;
const memoryTeams = 10;

interface Findings {
  requests?: RequestFigures;
  rate?: RateLimitFigures;
  throughput?: ThroughputFigures;
  memory?: MemoryComparison;
}

function readSections(argv: string[]): Set<Section> {
  const only = argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
  if (!only) return new Set(sections);
  const picked = only.split(',').map((s) => s.trim());
  const unknown = picked.filter((s) => !(sections as readonly string[]).includes(s));
  if (unknown.length > 0) throw new Error(`Unknown section(s) ${unknown.join(', ')}; choose from ${sections.join(', ')}.`);
  return new Set(picked as Section[]);
}

function describeCourse(course: GeneratedCourse): string {
  const sum = (pick: (team: GeneratedCourse['teams'][number]) => number) => formatInt(course.teams.reduce((n, team) => n + pick(team), 0));
  return (
    `${course.teams.length} teams: ${sum((t) => t.commits.length)} commits, ${sum((t) => t.pipelines.length)} pipelines, ` +
    `${sum((t) => t.jobs.length)} jobs, ${sum((t) => t.mergeRequests.length)} MRs, ${sum((t) => t.issues.length)} issues, ` +
    `${sum((t) => t.mergeRequestNotes.length + t.issueNotes.length)} notes`
  );
}

type Verdict = 'ok' | 'MISSED' | 'skipped';
const judge = (isMet: boolean): Verdict => (isMet ? 'ok' : 'MISSED');

function summarise(findings: Findings): Array<[string, string, string, Verdict]> {
  const { requests, rate, throughput, memory } = findings;
  const skipped = (metric: string, goal: string): [string, string, string, Verdict] => [metric, '—', goal, 'skipped'];
  return [
    requests
      ? [
          '1. full sync requests / minimum',
          `${formatRatio(requests.full.ratio)} (${formatInt(requests.full.actual)} / ${formatInt(requests.full.minimum)})`,
          '≤ 1.05×',
          judge(requests.full.ratio <= 1.05),
        ]
      : skipped('1. full sync requests / minimum', '≤ 1.05×'),
    requests
      ? [
          '2. unchanged re-sync: max requests per project per kind',
          `${requests.resync.maxPerProjectPerKind} (${requests.resync.worstKind})`,
          '≤ 1',
          judge(requests.resync.maxPerProjectPerKind <= 1),
        ]
      : skipped('2. unchanged re-sync: max requests per project per kind', '≤ 1'),
    requests
      ? [
          '2. unchanged re-sync: total requests',
          formatInt(requests.resync.total),
          `≤ ${formatInt(requests.resync.allowance)}`,
          judge(requests.resync.total <= requests.resync.allowance),
        ]
      : skipped('2. unchanged re-sync: total requests', '≤ 3 + 7 per project'),
    rate
      ? [
          `3. wall time at 600/min / burst-adjusted bound (${rate.teams} teams)`,
          `${formatRatio(rate.ratio)} (naive ${formatRatio(rate.durationMs / rate.naiveBoundMs)})`,
          '≤ 1.1×',
          judge(rate.ratio <= 1.1),
        ]
      : skipped('3. wall time at 600/min / burst-adjusted bound', '≤ 1.1×'),
    throughput
      ? ['4. rows stored/s, end-to-end sync', formatInt(throughput.syncRowsPerSecond), '≥ 50,000/s', judge(throughput.syncRowsPerSecond >= 50_000)]
      : skipped('4. rows stored/s, end-to-end sync', '≥ 50,000/s'),
    throughput
      ? ['4. rows stored/s, store only (diagnostic)', formatInt(throughput.storeRowsPerSecond), '≥ 50,000/s', judge(throughput.storeRowsPerSecond >= 50_000)]
      : skipped('4. rows stored/s, store only (diagnostic)', '≥ 50,000/s'),
    memory
      ? [`5. peak RSS 10×/1× history (${memory.teams} teams)`, formatRatio(memory.rssRatio), '< 1.5×', judge(memory.rssRatio < 1.5)]
      : skipped('5. peak RSS 10×/1× history', '< 1.5×'),
    memory
      ? [`5. peak heap 10×/1× history (${memory.teams} teams)`, formatRatio(memory.heapRatio), '< 1.5×', judge(memory.heapRatio < 1.5)]
      : skipped('5. peak heap 10×/1× history', '< 1.5×'),
  ];
}

async function main(): Promise<void> {
  const startedAt = Date.now();
  const wanted = readSections(process.argv.slice(2));
  console.log(`GitPulse sync benchmark — Node ${process.version}, ${availableParallelism()} cores, sections: ${[...wanted].join(', ')}`);
  const findings: Findings = {};
  // Sections run in the brief's order; the 40-team course serves both 1-2 and 4.
  const mainCourse = wanted.has('requests') || wanted.has('throughput') ? generateCourse({ teams: mainTeams, weeks: 13, seed: 1 }) : null;
  if (mainCourse) progress(startedAt, `generated the main course, 13 weeks, ${describeCourse(mainCourse)}`);
  if (mainCourse && wanted.has('requests')) findings.requests = await measureRequests(mainCourse, startedAt);
  if (wanted.has('rate')) {
    const course = generateCourse({ teams: throttledTeams, weeks: 13, seed: 1 });
    progress(startedAt, `generated the throttled-run course, ${describeCourse(course)}`);
    findings.rate = await measureRateLimit(course, startedAt);
  }
  if (mainCourse && wanted.has('throughput')) findings.throughput = await measureThroughput(mainCourse, startedAt);
  if (wanted.has('memory')) findings.memory = await measureMemory(memoryTeams, startedAt);

  printHeading('Summary');
  const rows = summarise(findings);
  printTable(['metric', 'measured', 'goal', 'ok?'], rows as Cell[][]);
  const missed = rows.filter((row) => row[3] === 'MISSED');
  if (findings.requests && findings.requests.full.waste.length > 0) {
    console.log(`\nExtra requests over the minimum, by kind: ${findings.requests.full.waste.map((w) => `${w.kind} +${formatInt(w.extra)}`).join(', ')}`);
  }
  console.log(missed.length === 0 ? '\nAll measured goals met.' : `\nMISSED ${missed.length} goal(s): ${missed.map((row) => row[0]).join('; ')}`);
  progress(startedAt, 'benchmark finished');
}

main().catch((error: unknown) => {
  console.error('The benchmark itself failed:', error);
  process.exitCode = 1;
});
