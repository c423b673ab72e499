import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { GeneratedCourse, GeneratedTeam } from '../../electron/core/demo/course-types';

/**
 * A course's data as comparable rows, one list per resource, sorted: built from the simulator's
 * course (what GitLab holds) or read straight from the SQLite file with SQL of its own (what GitPulse
 * stored), so a test compares the two without trusting the code under test.
 */
export interface CourseSnapshot {
  pipelines: string[];
  jobs: string[];
  commits: string[];
  branches: string[];
  tags: string[];
  mergeRequests: string[];
  issues: string[];
  notes: string[];
  members: string[];
  ciConfigs: string[];
}

const sorted = (rows: string[]) => [...rows].sort();

type Cell = string | number | boolean | null | undefined;

/**
 * One comparable row. Timestamps are compared as instants: GitLab writes them with offsets (commit
 * dates keep their author's), so both sides pass every value through Date before comparing.
 */
function formatRow(...cells: Cell[]): string {
  return cells.map((c) => (c === null || c === undefined ? '<null>' : String(c))).join('|');
}

const instant = (value: string | null | undefined): string | null => (value ? new Date(value).toISOString() : null);
const ids = (list: Array<{ id: number }> | null | undefined): string =>
  (list ?? [])
    .map((u) => u.id)
    .sort((a, b) => a - b)
    .join(',');
const idsFromJson = (json: string): string => (JSON.parse(json) as number[]).sort((a, b) => a - b).join(',');

/** Commits some branch or tag reaches: what GitLab's commit listings can show (the rest awaits garbage collection). */
function findBranchCommits(team: GeneratedTeam): GeneratedTeam['commits'] {
  const bySha = new Map(team.commits.map((c) => [c.id, c]));
  const reached = new Set<string>();
  const stack = [...team.branches.map((b) => b.commit.id), ...team.tags.map((t) => t.commit.id)];
  while (stack.length > 0) {
    const sha = stack.pop() as string;
    const commit = bySha.get(sha);
    if (reached.has(sha) || !commit) continue;
    reached.add(sha);
    stack.push(...commit.parent_ids);
  }
  return team.commits.filter((c) => reached.has(c.id));
}

function snapshotTeam(course: GeneratedCourse, team: GeneratedTeam): CourseSnapshot {
  const p = team.project.id;
  const bots = new Set(course.users.filter((u) => u.bot).map((u) => u.id));
  const direct = new Set(team.members.map((m) => m.id));
  const members = [...team.members, ...course.staffMembers.filter((m) => !direct.has(m.id))].filter((m) => !bots.has(m.id));
  // The pipelines list omits timings and coverage; GitPulse derives them from the latest jobs, so
  // this side derives them the same way from the jobs GitLab holds.
  const latestJobs = team.jobs.filter((j) => !j.retried);
  const jobsOf = Map.groupBy(latestJobs, (j) => j.pipeline.id);
  return {
    pipelines: team.pipelines.map((x) => {
      const derived = deriveTimings(jobsOf.get(x.id) ?? []);
      return formatRow(
        p,
        x.id,
        x.status,
        x.source,
        x.ref,
        x.sha,
        instant(x.created_at),
        instant(x.updated_at),
        derived.startedAt,
        derived.finishedAt,
        derived.duration,
        derived.coverage,
      );
    }),
    jobs: latestJobs.map((j) =>
      formatRow(p, j.id, j.pipeline.id, j.name, j.stage, j.status, j.allow_failure, instant(j.started_at), instant(j.finished_at), j.duration, j.coverage),
    ),
    commits: findBranchCommits(team).map((c) =>
      formatRow(
        p,
        c.id,
        c.parent_ids.join(','),
        c.author_name,
        c.author_email,
        instant(c.authored_date),
        instant(c.committed_date),
        c.stats?.additions,
        c.stats?.deletions,
      ),
    ),
    branches: team.branches.map((b) => formatRow(p, b.name, b.commit.id)),
    tags: team.tags.map((t) => formatRow(p, t.name)),
    mergeRequests: team.mergeRequests.map((m) =>
      formatRow(
        p,
        m.id,
        m.state,
        instant(m.updated_at),
        m.author.id,
        instant(m.created_at),
        instant(m.merged_at),
        instant(m.closed_at),
        m.merge_user?.id,
        ids(m.reviewers),
      ),
    ),
    issues: team.issues.map((i) =>
      formatRow(p, i.id, i.state, instant(i.updated_at), i.author.id, instant(i.created_at), instant(i.closed_at), i.closed_by?.id),
    ),
    notes: [...team.mergeRequestNotes, ...team.issueNotes].map((n) =>
      formatRow(p, n.id, n.noteable_type, n.noteable_iid, n.body, n.author.id, n.system, instant(n.created_at)),
    ),
    members: members.map((m) => formatRow(p, m.id, direct.has(m.id) ? 'student' : 'staff')),
    ciConfigs: [formatRow(p, team.ciConfig ?? '<none>')],
  };
}

/**
 * What GitLab reports for a pipeline from its jobs: the first start and the last end, the duration as
 * the union of the jobs' running intervals (queueing and gaps between stages excluded), and the jobs'
 * mean coverage to two decimals. Worked out here independently of the sync's own code.
 */
function unionSeconds(intervals: ReadonlyArray<readonly [number, number]>): number | null {
  if (intervals.length === 0) return null;
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  let covered = 0;
  let end = Number.NEGATIVE_INFINITY;
  for (const [s, e] of sorted) {
    if (e <= end) continue;
    covered += e - Math.max(s, end);
    end = e;
  }
  return covered / 1000;
}

function deriveTimings(jobs: GeneratedTeam['jobs']) {
  const starts = jobs.flatMap((j) => (j.started_at ? [Date.parse(j.started_at)] : []));
  const ends = jobs.flatMap((j) => (j.finished_at ? [Date.parse(j.finished_at)] : []));
  const coverages = jobs.flatMap((j) => (j.coverage === null ? [] : [j.coverage]));
  const startMs = starts.length ? Math.min(...starts) : null;
  const endMs = ends.length ? Math.max(...ends) : null;
  return {
    startedAt: startMs === null ? null : new Date(startMs).toISOString(),
    finishedAt: endMs === null ? null : new Date(endMs).toISOString(),
    duration: unionSeconds(jobs.flatMap((j) => (j.started_at && j.finished_at ? [[Date.parse(j.started_at), Date.parse(j.finished_at)] as const] : []))),
    coverage: coverages.length ? Math.round((coverages.reduce((a, b) => a + b, 0) / coverages.length) * 100) / 100 : null,
  };
}

export function snapshotSimulatorCourse(course: GeneratedCourse, removedProjectIds: number[] = []): CourseSnapshot {
  const teams = course.teams.filter((t) => !removedProjectIds.includes(t.project.id)).map((t) => snapshotTeam(course, t));
  const keys = Object.keys(teams[0] ?? {}) as Array<keyof CourseSnapshot>;
  return Object.fromEntries(keys.map((k) => [k, sorted(teams.flatMap((t) => t[k]))])) as unknown as CourseSnapshot;
}

export function snapshotStoredCourse(dataDir: string): CourseSnapshot {
  const db = new Database(join(dataDir, 'gitpulse.sqlite'), { readonly: true });
  const rows = <R>(sql: string, format: (row: R) => string) => sorted((db.prepare(sql).all() as R[]).map(format));
  const from = (table: string, where = '') => `FROM ${table} x JOIN projects pr ON pr.id = x.project_id ${where}`;
  try {
    return {
      pipelines: rows<Record<string, Cell>>(
        `SELECT pr.gitlab_id AS p, x.gitlab_id, x.status, x.source, x.ref, x.sha, x.created_at, x.updated_at, x.started_at, x.finished_at,
          x.duration, x.coverage ${from('pipelines')}`,
        (r) => formatRow(r.p, r.gitlab_id, r.status, r.source, r.ref, r.sha, r.created_at, r.updated_at, r.started_at, r.finished_at, r.duration, r.coverage),
      ),
      jobs: rows<Record<string, Cell>>(
        `SELECT pr.gitlab_id AS p, x.gitlab_id, x.pipeline_id, x.name, x.stage, x.status, x.allow_failure, x.started_at, x.finished_at,
          x.duration, x.coverage ${from('jobs')}`,
        (r) =>
          formatRow(r.p, r.gitlab_id, r.pipeline_id, r.name, r.stage, r.status, r.allow_failure === 1, r.started_at, r.finished_at, r.duration, r.coverage),
      ),
      commits: rows<Record<string, Cell>>(
        `SELECT pr.gitlab_id AS p, x.sha, COALESCE((SELECT group_concat(value, ',') FROM json_each(x.parent_ids)), '') AS parents,
          x.author_name, x.author_email, x.authored_date, x.committed_date, x.additions, x.deletions ${from('commits', 'WHERE x.is_reachable = 1')}`,
        (r) => formatRow(r.p, r.sha, r.parents, r.author_name, r.author_email, r.authored_date, r.committed_date, r.additions, r.deletions),
      ),
      branches: rows<Record<string, Cell>>(`SELECT pr.gitlab_id AS p, x.name, x.head_sha ${from('branches')}`, (r) => formatRow(r.p, r.name, r.head_sha)),
      tags: rows<Record<string, Cell>>(`SELECT pr.gitlab_id AS p, x.name ${from('tags')}`, (r) => formatRow(r.p, r.name)),
      mergeRequests: rows<Record<string, Cell>>(
        `SELECT pr.gitlab_id AS p, x.gitlab_id, x.state, x.updated_at, x.author_id, x.created_at, x.merged_at, x.closed_at, x.merged_by_id,
          x.reviewer_ids ${from('merge_requests')}`,
        (r) =>
          formatRow(
            r.p,
            r.gitlab_id,
            r.state,
            r.updated_at,
            r.author_id,
            r.created_at,
            r.merged_at,
            r.closed_at,
            r.merged_by_id,
            idsFromJson(String(r.reviewer_ids)),
          ),
      ),
      issues: rows<Record<string, Cell>>(
        `SELECT pr.gitlab_id AS p, x.gitlab_id, x.state, x.updated_at, x.author_id, x.created_at, x.closed_at, x.closed_by_id ${from('issues')}`,
        (r) => formatRow(r.p, r.gitlab_id, r.state, r.updated_at, r.author_id, r.created_at, r.closed_at, r.closed_by_id),
      ),
      notes: rows<Record<string, Cell>>(
        `SELECT pr.gitlab_id AS p, x.gitlab_id, x.noteable_type, x.noteable_iid, x.body, x.author_id, x.is_system, x.created_at ${from('notes')}`,
        (r) => formatRow(r.p, r.gitlab_id, r.noteable_type, r.noteable_iid, r.body, r.author_id, r.is_system === 1, r.created_at),
      ),
      members: rows<Record<string, Cell>>(`SELECT pr.gitlab_id AS p, x.user_id, x.role ${from('members', 'WHERE x.is_current = 1')}`, (r) =>
        formatRow(r.p, r.user_id, r.role),
      ),
      ciConfigs: rows<Record<string, Cell>>(`SELECT pr.gitlab_id AS p, COALESCE(x.content, '<none>') AS content ${from('ci_configs')}`, (r) =>
        formatRow(r.p, r.content),
      ),
    };
  } finally {
    db.close();
  }
}
