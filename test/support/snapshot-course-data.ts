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

/** Commits some branch reaches: what GitLab's commit listings can show (the rest awaits garbage collection). */
function findBranchCommits(team: GeneratedTeam): GeneratedTeam['commits'] {
  const bySha = new Map(team.commits.map((c) => [c.id, c]));
  const reached = new Set<string>();
  const stack = team.branches.map((b) => b.commit.id);
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
  return {
    pipelines: team.pipelines.map((x) => `${p}|${x.id}|${x.status}|${x.updated_at}`),
    jobs: team.jobs.filter((j) => !j.retried).map((j) => `${p}|${j.id}|${j.pipeline.id}|${j.status}`),
    commits: findBranchCommits(team).map((c) => `${p}|${c.id}|${c.parent_ids.join(',')}`),
    branches: team.branches.map((b) => `${p}|${b.name}|${b.commit.id}`),
    tags: team.tags.map((t) => `${p}|${t.name}`),
    mergeRequests: team.mergeRequests.map((m) => `${p}|${m.id}|${m.state}|${m.updated_at}`),
    issues: team.issues.map((i) => `${p}|${i.id}|${i.state}|${i.updated_at}`),
    notes: [...team.mergeRequestNotes, ...team.issueNotes].map((n) => `${p}|${n.id}|${n.noteable_type}|${n.noteable_iid}|${n.body}`),
    members: members.map((m) => `${p}|${m.id}|${direct.has(m.id) ? 'student' : 'staff'}`),
    ciConfigs: [`${p}|${team.ciConfig ?? '<none>'}`],
  };
}

export function snapshotSimulatorCourse(course: GeneratedCourse, removedProjectIds: number[] = []): CourseSnapshot {
  const teams = course.teams.filter((t) => !removedProjectIds.includes(t.project.id)).map((t) => snapshotTeam(course, t));
  const keys = Object.keys(teams[0] ?? {}) as Array<keyof CourseSnapshot>;
  return Object.fromEntries(keys.map((k) => [k, sorted(teams.flatMap((t) => t[k]))])) as unknown as CourseSnapshot;
}

export function snapshotStoredCourse(dataDir: string): CourseSnapshot {
  const db = new Database(join(dataDir, 'gitpulse.sqlite'), { readonly: true });
  const rows = (sql: string) => sorted(db.prepare(sql).pluck().all() as string[]);
  const p = 'pr.gitlab_id';
  const from = (table: string, where = '') => `FROM ${table} x JOIN projects pr ON pr.id = x.project_id ${where}`;
  try {
    return {
      pipelines: rows(`SELECT ${p} || '|' || x.gitlab_id || '|' || x.status || '|' || x.updated_at ${from('pipelines')}`),
      jobs: rows(`SELECT ${p} || '|' || x.gitlab_id || '|' || x.pipeline_id || '|' || x.status ${from('jobs')}`),
      commits: rows(
        `SELECT ${p} || '|' || x.sha || '|' || COALESCE((SELECT group_concat(value, ',') FROM json_each(x.parent_ids)), '') ${from('commits', 'WHERE x.is_reachable = 1')}`,
      ),
      branches: rows(`SELECT ${p} || '|' || x.name || '|' || x.head_sha ${from('branches')}`),
      tags: rows(`SELECT ${p} || '|' || x.name ${from('tags')}`),
      mergeRequests: rows(`SELECT ${p} || '|' || x.gitlab_id || '|' || x.state || '|' || x.updated_at ${from('merge_requests')}`),
      issues: rows(`SELECT ${p} || '|' || x.gitlab_id || '|' || x.state || '|' || x.updated_at ${from('issues')}`),
      notes: rows(`SELECT ${p} || '|' || x.gitlab_id || '|' || x.noteable_type || '|' || x.noteable_iid || '|' || x.body ${from('notes')}`),
      members: rows(`SELECT ${p} || '|' || x.user_id || '|' || x.role ${from('members', 'WHERE x.is_current = 1')}`),
      ciConfigs: rows(`SELECT ${p} || '|' || COALESCE(x.content, '<none>') ${from('ci_configs')}`),
    };
  } finally {
    db.close();
  }
}
