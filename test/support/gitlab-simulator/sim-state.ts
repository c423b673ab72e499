import type { GeneratedCourse, GeneratedJob, GeneratedTeam } from '../../../electron/core/demo/course-types';
import type {
  RestAccessLevel,
  RestCommit,
  RestGroup,
  RestIssue,
  RestMember,
  RestMergeRequest,
  RestNote,
  RestPipeline,
  RestUser,
} from '../../../electron/core/demo/rest-types';
import type { AccountRefusal } from './account-refusals';
import type { SortedList } from './sorted-index';
import { SortedCache, sortByKey } from './sorted-index';

/** One project as the simulator serves it, with the indexes its endpoints read. */
export interface SimProject {
  team: GeneratedTeam;
  isRemoved: boolean;
  /** The project's namespace and every group above it. */
  ancestorGroupIds: number[];
  pipelineById: Map<number, RestPipeline>;
  jobsByPipeline: Map<number, GeneratedJob[]>;
  commitBySha: Map<string, RestCommit>;
  /** Creation order of commits, the tie-breaker between commits with the same date. */
  commitOrdinal: Map<string, number>;
  pipelines: SortedCache<RestPipeline>;
  mergeRequests: SortedCache<RestMergeRequest>;
  issues: SortedCache<RestIssue>;
  notesByParent: Map<string, RestNote[]>;
  /** Reachable commits per set of start points, oldest first; cleared when the repository changes. */
  reachableCache: Map<string, SortedList<RestCommit>>;
}

export function formatNoteParentKey(type: RestNote['noteable_type'], iid: number): string {
  return `${type}:${iid}`;
}

function createSimProject(team: GeneratedTeam, groupsById: Map<number, RestGroup>): SimProject {
  const ancestorGroupIds: number[] = [];
  for (let group = groupsById.get(team.project.namespace.id); group; group = group.parent_id === null ? undefined : groupsById.get(group.parent_id)) {
    ancestorGroupIds.push(group.id);
  }
  const jobsByPipeline = new Map<number, GeneratedJob[]>();
  for (const job of team.jobs) {
    const list = jobsByPipeline.get(job.pipeline.id);
    if (list) list.push(job);
    else jobsByPipeline.set(job.pipeline.id, [job]);
  }
  const notesByParent = new Map<string, RestNote[]>();
  for (const note of [...team.mergeRequestNotes, ...team.issueNotes]) {
    const key = formatNoteParentKey(note.noteable_type, note.noteable_iid);
    const list = notesByParent.get(key);
    if (list) list.push(note);
    else notesByParent.set(key, [note]);
  }
  return {
    team,
    isRemoved: false,
    ancestorGroupIds,
    pipelineById: new Map(team.pipelines.map((pipeline) => [pipeline.id, pipeline])),
    jobsByPipeline,
    commitBySha: new Map(team.commits.map((commit) => [commit.id, commit])),
    commitOrdinal: new Map(team.commits.map((commit, index) => [commit.id, index])),
    pipelines: new SortedCache(
      () => team.pipelines,
      (pipeline) => pipeline.id,
    ),
    mergeRequests: new SortedCache(
      () => team.mergeRequests,
      (mergeRequest) => mergeRequest.id,
    ),
    issues: new SortedCache(
      () => team.issues,
      (issue) => issue.id,
    ),
    notesByParent,
    reachableCache: new Map(),
  };
}

/** Ids for objects the mutation helpers create: one past the largest id in the course. */
export interface NextIds {
  pipeline: number;
  job: number;
  mergeRequest: number;
  issue: number;
  note: number;
}

/** The course the simulator serves (a private deep copy), indexed for fast reads. */
export class SimState {
  readonly course: GeneratedCourse;
  readonly groupsById = new Map<number, RestGroup>();
  readonly groupsByPath = new Map<string, RestGroup>();
  readonly projectsById = new Map<number, SimProject>();
  readonly projectsByPath = new Map<string, SimProject>();
  readonly usersById = new Map<number, RestUser>();
  readonly projectByPipelineId = new Map<number, SimProject>();
  readonly jobById = new Map<number, { project: SimProject; job: GeneratedJob }>();
  readonly nextIds: NextIds;
  /** The GitLab version the simulator claims (GET /version); some behaviours depend on it. */
  version = { text: '17.9.1', major: 17, minor: 9 };
  /** Trigger jobs (bridges) by parent pipeline id, each naming the child pipeline it started. */
  readonly bridgesByPipeline = new Map<number, Array<{ id: number; name: string; stage: string; status: string; childId: number }>>();
  /** Direct members of each group by group id; the course group's are the course staff. */
  readonly groupMembers = new Map<number, RestMember[]>();
  /** Groups a project is shared with (invited groups), with the most access their members get there. */
  readonly sharedGroups = new Map<number, Array<{ groupId: number; groupAccess: RestAccessLevel }>>();
  /** Old full paths of renamed or moved projects (lower case), which GitLab 16.7+ redirects to the project. */
  readonly projectRedirects = new Map<string, SimProject>();
  /** Accounts GitLab refuses from the request with the given ordinal on (1 = the first request the simulator sees). */
  readonly accountRefusals = new Map<number, { refusal: AccountRefusal; fromRequest: number }>();

  constructor(course: GeneratedCourse, shouldCopyCourse: boolean) {
    // Tests often share one generated course between simulators; mutations must not leak across them.
    this.course = shouldCopyCourse ? structuredClone(course) : course;
    for (const group of [this.course.group, ...this.course.subgroups]) {
      this.groupsById.set(group.id, group);
      this.groupsByPath.set(group.full_path.toLowerCase(), group);
    }
    for (const user of this.course.users) this.usersById.set(user.id, user);
    this.groupMembers.set(this.course.group.id, this.course.staffMembers);
    let maxes: NextIds = { pipeline: 0, job: 0, mergeRequest: 0, issue: 0, note: 0 };
    for (const team of this.course.teams) {
      const project = createSimProject(team, this.groupsById);
      this.projectsById.set(team.project.id, project);
      this.projectsByPath.set(team.project.path_with_namespace.toLowerCase(), project);
      for (const pipeline of team.pipelines) this.projectByPipelineId.set(pipeline.id, project);
      for (const job of team.jobs) this.jobById.set(job.id, { project, job });
      maxes = {
        pipeline: team.pipelines.reduce((max, item) => Math.max(max, item.id), maxes.pipeline),
        job: team.jobs.reduce((max, item) => Math.max(max, item.id), maxes.job),
        mergeRequest: team.mergeRequests.reduce((max, item) => Math.max(max, item.id), maxes.mergeRequest),
        issue: team.issues.reduce((max, item) => Math.max(max, item.id), maxes.issue),
        note: [...team.mergeRequestNotes, ...team.issueNotes].reduce((max, item) => Math.max(max, item.id), maxes.note),
      };
    }
    this.nextIds = { pipeline: maxes.pipeline + 1, job: maxes.job + 1, mergeRequest: maxes.mergeRequest + 1, issue: maxes.issue + 1, note: maxes.note + 1 };
  }

  /** `:id` is a numeric id or a full path (already percent-decoded). Removed projects are gone. */
  findProject(idParam: string): SimProject | undefined {
    const project = /^\d+$/.test(idParam) ? this.projectsById.get(Number(idParam)) : this.projectsByPath.get(idParam.toLowerCase());
    return project && !project.isRemoved ? project : undefined;
  }

  /** The project an old path of a renamed project now names, if any (the path was not taken since). */
  findRedirect(idParam: string): SimProject | undefined {
    if (/^\d+$/.test(idParam) || this.projectsByPath.has(idParam.toLowerCase())) return undefined;
    const project = this.projectRedirects.get(idParam.toLowerCase());
    return project && !project.isRemoved ? project : undefined;
  }

  /** Moves a project to a new full path, as renaming it or moving it to another group does. */
  renameProject(project: SimProject, newFullPath: string): void {
    const rest = project.team.project;
    const oldPath = rest.path_with_namespace;
    const parts = newFullPath.split('/');
    const namespacePath = parts.slice(0, -1).join('/');
    const namespace = this.groupsByPath.get(namespacePath.toLowerCase());
    if (!namespace) throw new Error(`The simulator has no group ${namespacePath}`);
    this.projectsByPath.delete(oldPath.toLowerCase());
    this.projectRedirects.set(oldPath.toLowerCase(), project);
    rest.path = parts[parts.length - 1] ?? rest.path;
    rest.path_with_namespace = newFullPath;
    rest.web_url = `${this.course.baseUrl}/${newFullPath}`;
    rest.namespace = { ...rest.namespace, id: namespace.id, name: namespace.name, path: namespace.path, full_path: namespace.full_path };
    this.projectsByPath.set(newFullPath.toLowerCase(), project);
    project.ancestorGroupIds = this.listAncestorGroupIds(namespace.id);
  }

  /** The group and every group above it. */
  listAncestorGroupIds(groupId: number): number[] {
    const ids: number[] = [];
    for (let group = this.groupsById.get(groupId); group; group = group.parent_id === null ? undefined : this.groupsById.get(group.parent_id))
      ids.push(group.id);
    return ids;
  }

  /**
   * GitLab's /members/all: direct members plus those inherited from the groups above and those of the
   * groups the project is shared with (capped at the share's access); a user listed more than once
   * appears once, with the highest access level.
   */
  listAllProjectMembers(project: SimProject): RestMember[] {
    const members = new Map<number, RestMember>();
    const add = (member: RestMember) => {
      const seen = members.get(member.id);
      if (!seen || seen.access_level < member.access_level) members.set(member.id, member);
    };
    for (const member of project.team.members) add(member);
    for (const groupId of project.ancestorGroupIds) for (const member of this.groupMembers.get(groupId) ?? []) add(member);
    for (const share of this.sharedGroups.get(project.team.project.id) ?? []) {
      for (const groupId of this.listAncestorGroupIds(share.groupId)) {
        for (const member of this.groupMembers.get(groupId) ?? [])
          add({ ...member, access_level: Math.min(member.access_level, share.groupAccess) as RestAccessLevel });
      }
    }
    return [...members.values()].sort((a, b) => a.id - b.id);
  }

  /** A group's members with those inherited from the groups above it, highest access level per user. */
  listAllGroupMembers(group: RestGroup): RestMember[] {
    const members = new Map<number, RestMember>();
    for (const groupId of this.listAncestorGroupIds(group.id)) {
      for (const member of this.groupMembers.get(groupId) ?? []) {
        const seen = members.get(member.id);
        if (!seen || seen.access_level < member.access_level) members.set(member.id, member);
      }
    }
    return [...members.values()].sort((a, b) => a.id - b.id);
  }

  /** A new group under an existing one (`parent/child`), as a course's per-team subgroups are. */
  addGroup(fullPath: string): RestGroup {
    const parts = fullPath.split('/');
    const parent = this.groupsByPath.get(parts.slice(0, -1).join('/').toLowerCase()) ?? null;
    const id = Math.max(0, ...this.groupsById.keys()) + 1;
    const path = parts[parts.length - 1] ?? fullPath;
    const group: RestGroup = { id, name: path, path, full_path: fullPath, web_url: `${this.course.baseUrl}/groups/${fullPath}`, parent_id: parent?.id ?? null };
    this.groupsById.set(id, group);
    this.groupsByPath.set(fullPath.toLowerCase(), group);
    return group;
  }

  /** Renames a group's path; its subgroups and projects move with it. The API keeps no redirect for groups. */
  renameGroup(group: RestGroup, newPath: string): void {
    const oldFull = group.full_path;
    const newFull = [...oldFull.split('/').slice(0, -1), newPath].join('/');
    const moved = [...this.groupsById.values()].filter((g) => g.full_path === oldFull || g.full_path.startsWith(`${oldFull}/`));
    for (const g of moved) {
      this.groupsByPath.delete(g.full_path.toLowerCase());
      g.full_path = newFull + g.full_path.slice(oldFull.length);
      if (g === group) g.path = newPath;
      g.web_url = `${this.course.baseUrl}/groups/${g.full_path}`;
      this.groupsByPath.set(g.full_path.toLowerCase(), g);
    }
    for (const project of this.projectsById.values()) {
      const path = project.team.project.path_with_namespace;
      if (path.startsWith(`${oldFull}/`)) this.renameProject(project, newFull + path.slice(oldFull.length));
    }
  }

  findGroup(idParam: string): RestGroup | undefined {
    return /^\d+$/.test(idParam) ? this.groupsById.get(Number(idParam)) : this.groupsByPath.get(idParam.toLowerCase());
  }

  /** The project for mutation helpers, which must fail loudly on a typo in a test. */
  requireProject(projectId: number): SimProject {
    const project = this.projectsById.get(projectId);
    if (!project) throw new Error(`The simulator has no project ${projectId}`);
    return project;
  }

  /** Reachable commits from the given start points, oldest first by committed date. */
  listReachableCommits(project: SimProject, startShas: string[], isFirstParentOnly: boolean): SortedList<RestCommit> {
    const key = `${isFirstParentOnly ? 'fp' : 'all'}:${startShas.join(',')}`;
    const cached = project.reachableCache.get(key);
    if (cached) return cached;
    const seen = new Set<string>();
    const found: RestCommit[] = [];
    const stack = [...startShas];
    while (stack.length > 0) {
      const sha = stack.pop();
      if (sha === undefined || seen.has(sha)) continue;
      seen.add(sha);
      const commit = project.commitBySha.get(sha);
      if (!commit) continue;
      found.push(commit);
      if (isFirstParentOnly) {
        const first = commit.parent_ids[0];
        if (first !== undefined) stack.push(first);
      } else {
        stack.push(...commit.parent_ids);
      }
    }
    const sorted = sortByKey(
      found,
      (commit) => Date.parse(commit.committed_date),
      (commit) => project.commitOrdinal.get(commit.id) ?? 0,
    );
    project.reachableCache.set(key, sorted);
    return sorted;
  }
}
