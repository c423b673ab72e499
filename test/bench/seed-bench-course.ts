// The large course the benchmarks share (bench:metrics computes its metrics, bench:ui renders its
// overview, bench:ui-team one team's page): teams of 2,000 pipelines (6,000 jobs) and 5,000 commits
// each, over a 13-week term.
import type { Store } from '../../electron/core/store/create-store';
import type { MemberRow } from '../../electron/core/store/rows/member-rows';
import type { JobRow, PipelineRow } from '../../electron/core/store/rows/pipeline-rows';
import type { CommitRow } from '../../electron/core/store/rows/repository-rows';

export const pipelinesPerTeam = 2_000;
export const jobsPerPipeline = 3;
export const commitsPerTeam = 5_000;
const studentsPerTeam = 4;

export interface BenchCourseOptions {
  /**
   * What a team page draws beyond the overview's figures: the four commit authors on the roster,
   * every pipeline built from one of the team's commits (so builds broken and fixed have an author)
   * and a coverage on every pipeline, rising over the term. Off, the course is the one bench:metrics
   * and bench:ui have always measured.
   */
  hasTeamPageDetail?: boolean;
}

/** Seeds the course "bench" into the store with `teams` teams; returns the course id. Deterministic (a fixed LCG). */
export function seedBenchCourse(store: Store, teams: number, { hasTeamPageDetail = false }: BenchCourseOptions = {}): number {
  const start = Date.parse('2026-02-16T00:00:00Z');
  const termMs = 13 * 7 * 86_400_000;

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
      if (hasTeamPageDetail) store.members.replaceMembers(projectId, benchStudents(t));
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
          sha: hasTeamPageDetail ? `c-${t}-${p}` : `sha-${t}-${p}`,
          webUrl: null,
          createdAt: iso(created),
          updatedAt: iso(created + 900_000),
          startedAt: iso(created + 30_000),
          finishedAt: iso(created + 600_000),
          duration: 400 + Math.floor(next() * 400),
          queuedDuration: 30,
          coverage: hasTeamPageDetail ? Math.round((30 + ((created - start) / termMs) * 50) * 10) / 10 : next() < 0.5 ? Math.round(next() * 1000) / 10 : null,
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
          authorName: `Student ${c % studentsPerTeam}`,
          authorEmail: benchStudentEmail(t, c % studentsPerTeam),
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
  return course.id;
}

function benchStudentEmail(team: number, student: number): string {
  return `s${student}.t${team}@students.example.edu`;
}

/** A team's students as GitLab members, found by the public email their commits carry. */
function benchStudents(team: number): MemberRow[] {
  return Array.from({ length: studentsPerTeam }, (_, s) => ({
    userId: 100 + team * studentsPerTeam + s,
    username: `student${s}-t${team}`,
    name: `Student ${s}`,
    accessLevel: 30,
    webUrl: null,
    role: 'student' as const,
    publicEmail: benchStudentEmail(team, s),
  }));
}
