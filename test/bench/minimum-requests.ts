import type { GeneratedCourse, GeneratedTeam } from '../../electron/core/demo/course-types';
import { findLocalIncludes } from '../../shared/practices/find-local-includes';
import type { RequestKind } from './request-kinds';

/** GitLab's largest page. */
const perPage = 100;

/** Pages one list costs: at least one request even when empty, since only GitLab knows it is empty. */
const pagesOf = (rows: number) => Math.max(1, Math.ceil(rows / perPage));

/** The pipeline states the engine asks a test report summary for (sync-pipelines.ts). */
const finishedStatuses = new Set(['success', 'failed', 'canceled']);

/** GitLab's naming of project and group access-token users; sync-members.ts leaves these out by name. */
const botUsername = /^(project|group)_\d+_bot(_[0-9a-f]+)?$/;

/**
 * What a FULL (first) sync must read, derived from the simulator's data and not from the engine, so
 * the engine cannot grade itself. Every list costs max(1, ceil(rows / 100)) requests.
 */
export const minimumDefinitions: Record<RequestKind, string> = {
  'group projects': 'ceil(projects in the group, subgroups and archived ones included / 100)',
  'members/all': 'per project: direct members + inherited staff, paged',
  'members (direct)': 'none for a group course: roles come from access levels and the course staff',
  'course staff': "once per sync: the course group's members with its ancestors' (/groups/:id/members/all), paged",
  'users/:id': 'once per instance per distinct non-staff member, bots named project_N_bot excluded',
  branches: 'per project: branches, paged',
  tags: 'per project: tags, paged',
  commits: 'per project: ceil(commits reachable from any branch head / 100), a floor (one all-refs listing reaches it)',
  'merge requests': 'per project: merge requests, state=all, paged',
  'MR notes': 'per merge request: its notes, paged',
  issues: 'per project: issues, state=all, paged',
  'issue notes': 'per issue: its notes, paged',
  pipelines: 'per project: pipelines, paged',
  'child pipelines': 'per project: child pipelines (source=parent_pipeline, GitLab 17.0+), paged',
  version: 'once per sync: GET /version (is there a separate child-pipeline listing?)',
  bridges: "per child pipeline: its parent's trigger jobs, once per parent (none in a course without child pipelines)",
  jobs: 'per pipeline: its latest job attempts, paged',
  'test report summary': 'one per finished pipeline (success, failed, canceled) where a job published a junit artifact',
  'CI file (+includes)': 'per project with a default branch: .gitlab-ci.yml + one per local include',
};

function countReachableCommits(team: GeneratedTeam): number {
  const parents = new Map(team.commits.map((commit) => [commit.id, commit.parent_ids]));
  const reached = new Set<string>();
  const stack = team.branches.map((branch) => branch.commit.id);
  while (stack.length > 0) {
    const sha = stack.pop() as string;
    if (reached.has(sha) || !parents.has(sha)) continue;
    reached.add(sha);
    stack.push(...(parents.get(sha) ?? []));
  }
  return reached.size;
}

function countNotePages(notes: Array<{ noteable_iid: number }>, iids: number[]): number {
  const perParent = new Map<number, number>();
  for (const note of notes) perParent.set(note.noteable_iid, (perParent.get(note.noteable_iid) ?? 0) + 1);
  return iids.reduce((sum, iid) => sum + pagesOf(perParent.get(iid) ?? 0), 0);
}

function countJobPages(team: GeneratedTeam): number {
  const latest = new Map<number, number>();
  for (const job of team.jobs) if (!job.retried) latest.set(job.pipeline.id, (latest.get(job.pipeline.id) ?? 0) + 1);
  return team.pipelines.reduce((sum, pipeline) => sum + pagesOf(latest.get(pipeline.id) ?? 0), 0);
}

/** A job of the pipeline published a JUnit report: the simulator lists a junit artifact for the jobs the summary cites. */
function hasJunitReport(team: GeneratedTeam, pipelineId: number): boolean {
  return (team.testReportSummaries[pipelineId]?.test_suites ?? []).some((suite) => suite.build_ids.length > 0);
}

function countCiFiles(team: GeneratedTeam): number {
  const hasDefaultHead = team.branches.some((branch) => branch.default || branch.name === team.project.default_branch);
  if (!hasDefaultHead) return 0;
  return 1 + (team.ciConfig === null ? 0 : findLocalIncludes(team.ciConfig).length);
}

function addTeam(minimum: Map<RequestKind, number>, course: GeneratedCourse, team: GeneratedTeam): void {
  const add = (kind: RequestKind, n: number) => minimum.set(kind, (minimum.get(kind) ?? 0) + n);
  const direct = new Set(team.members.map((member) => member.id));
  const inherited = course.staffMembers.filter((member) => !direct.has(member.id)).length;
  add('members/all', pagesOf(team.members.length + inherited));
  add('branches', pagesOf(team.branches.length));
  add('tags', pagesOf(team.tags.length));
  add('commits', team.branches.length === 0 ? 0 : pagesOf(countReachableCommits(team)));
  add('merge requests', pagesOf(team.mergeRequests.length));
  add(
    'MR notes',
    countNotePages(
      team.mergeRequestNotes,
      team.mergeRequests.map((mr) => mr.iid),
    ),
  );
  add('issues', pagesOf(team.issues.length));
  add(
    'issue notes',
    countNotePages(
      team.issueNotes,
      team.issues.map((issue) => issue.iid),
    ),
  );
  const childCount = team.pipelines.filter((pipeline) => pipeline.source === 'parent_pipeline').length;
  add('pipelines', pagesOf(team.pipelines.length - childCount));
  add('child pipelines', pagesOf(childCount));
  add('bridges', new Set(team.pipelines.filter((p) => p.source === 'parent_pipeline').map((p) => p.sha)).size);
  add('jobs', countJobPages(team));
  add('test report summary', team.pipelines.filter((pipeline) => finishedStatuses.has(pipeline.status) && hasJunitReport(team, pipeline.id)).length);
  add('CI file (+includes)', countCiFiles(team));
}

/** The minimum requests of a full sync of every team of the course (archived ones too), by kind. */
export function computeMinimumRequests(course: GeneratedCourse): Map<RequestKind, number> {
  const teams = course.teams;
  const minimum = new Map<RequestKind, number>([
    ['group projects', pagesOf(teams.length)],
    ['course staff', pagesOf(course.staffMembers.length)],
    ['members (direct)', 0],
    ['version', 1],
  ]);
  for (const team of teams) addTeam(minimum, course, team);
  const staff = new Set(course.staffMembers.map((member) => member.id));
  const users = new Set<number>();
  for (const team of teams) {
    for (const member of team.members) if (!staff.has(member.id) && !botUsername.test(member.username)) users.add(member.id);
  }
  minimum.set('users/:id', users.size);
  return minimum;
}

export interface UserLookups {
  students: number;
  staff: number;
  bots: number;
  /** Lookups of a user already fetched earlier in the same sync, by who it was. */
  repeats: { students: number; staff: number; bots: number };
}

/** Who the engine looked up with /users/:id, so user-lookup waste has names: staff, bots, repeats. */
export function describeUserLookups(course: GeneratedCourse, userIds: number[]): UserLookups {
  const staff = new Set(course.staffMembers.map((member) => member.id));
  const bots = new Set(course.users.filter((user) => user.bot || botUsername.test(user.username)).map((user) => user.id));
  const seen = new Set<number>();
  const result: UserLookups = { students: 0, staff: 0, bots: 0, repeats: { students: 0, staff: 0, bots: 0 } };
  for (const id of userIds) {
    const who = staff.has(id) ? 'staff' : bots.has(id) ? 'bots' : 'students';
    if (seen.has(id)) result.repeats[who] += 1;
    else result[who] += 1;
    seen.add(id);
  }
  return result;
}
