import { formatCommitTime } from '../../../electron/core/demo/timestamps';
import type { RestBranch, RestCommit } from '../../../electron/core/demo/rest-types';
import type { MutationContext } from './mutation-context';
import { selectActor, touchProject } from './mutation-context';
import type { SimProject } from './sim-state';

export interface PushOptions {
  /** Author date for every pushed commit, e.g. to push work done weeks ago; committed_date stays "now". */
  authoredDate?: string;
  authorId?: number;
  title?: string;
}

export interface ForcePushOptions extends PushOptions {
  /** Fresh commits written on top of the kept ones. Default 1. */
  newCommits?: number;
}

export interface ForcePushResult {
  /** Commits no longer reachable from the branch. */
  removed: string[];
  added: RestCommit[];
}

function withoutStats(commit: RestCommit): RestCommit {
  const { stats: _stats, ...rest } = commit;
  return rest;
}

export function findBranch(project: SimProject, name: string): RestBranch | undefined {
  return project.team.branches.find((branch) => branch.name === name);
}

function requireDefaultHead(project: SimProject): string {
  const head = findBranch(project, project.team.project.default_branch ?? 'main')?.commit.id;
  if (!head) throw new Error(`Project ${project.team.project.id} has no default branch`);
  return head;
}

/** Points a branch at a commit, creating the branch when it does not exist. */
function moveBranch(project: SimProject, name: string, commit: RestCommit): void {
  const existing = findBranch(project, name);
  if (existing) {
    existing.commit = withoutStats(commit);
    existing.merged = false;
  } else {
    project.team.branches.push({
      name,
      merged: false,
      protected: false,
      default: false,
      developers_can_push: true,
      developers_can_merge: true,
      can_push: true,
      web_url: `${project.team.project.web_url}/-/tree/${name}`,
      commit: withoutStats(commit),
    });
    project.team.branches.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }
  project.reachableCache.clear();
}

/** Writes commits on top of `parentSha` without moving any branch; returns them oldest first. */
export function writeCommits(context: MutationContext, project: SimProject, parentSha: string, count: number, options: PushOptions): RestCommit[] {
  const actor = selectActor(context, project, options.authorId);
  const email = actor.user.public_email || `${actor.user.username}@students.example.edu`;
  const commits: RestCommit[] = [];
  let parent = parentSha;
  for (let index = 0; index < count; index += 1) {
    const committedDate = formatCommitTime(context.clock.stamp(), null);
    const sha = context.random.hex(40);
    const title = options.title ?? `Simulated change ${project.team.commits.length + 1}`;
    const additions = context.random.int(1, 80);
    const commit: RestCommit = {
      id: sha,
      short_id: sha.slice(0, 8),
      title,
      message: `${title}\n`,
      author_name: actor.user.name,
      author_email: email,
      authored_date: options.authoredDate ?? committedDate,
      committer_name: actor.user.name,
      committer_email: email,
      committed_date: committedDate,
      created_at: committedDate,
      parent_ids: [parent],
      web_url: `${project.team.project.web_url}/-/commit/${sha}`,
      trailers: {},
      extended_trailers: {},
      stats: { additions, deletions: 0, total: additions },
    };
    project.team.commits.push(commit);
    project.commitBySha.set(sha, commit);
    project.commitOrdinal.set(sha, project.team.commits.length - 1);
    commits.push(commit);
    parent = sha;
  }
  return commits;
}

/** New commits on top of a branch head (a new branch starts at the default branch head). */
export function pushCommits(context: MutationContext, projectId: number, branch: string, count: number, options: PushOptions = {}): RestCommit[] {
  const project = context.state.requireProject(projectId);
  const base = findBranch(project, branch)?.commit.id ?? requireDefaultHead(project);
  const commits = writeCommits(context, project, base, count, options);
  const head = commits[commits.length - 1];
  if (!head) return [];
  moveBranch(project, branch, head);
  touchProject(project, new Date(context.clock.nowMs).toISOString());
  for (const mergeRequest of project.team.mergeRequests) {
    if (mergeRequest.source_branch !== branch || mergeRequest.state !== 'opened') continue;
    mergeRequest.sha = head.id;
    mergeRequest.updated_at = new Date(Date.parse(head.committed_date)).toISOString();
    project.mergeRequests.invalidate();
  }
  return commits;
}

/**
 * Rewrites a branch: keeps the first `keepCommits` commits of the branch's own first-parent history
 * (counted from where it forked off the default branch, or from the root for the default branch),
 * drops the rest and writes new commits on top.
 */
export function forcePush(context: MutationContext, projectId: number, branch: string, keepCommits: number, options: ForcePushOptions = {}): ForcePushResult {
  const project = context.state.requireProject(projectId);
  const current = findBranch(project, branch);
  if (!current) throw new Error(`Project ${projectId} has no branch ${branch}`);
  const defaultBranch = project.team.project.default_branch ?? 'main';
  const onDefault =
    branch === defaultBranch
      ? new Set<string>()
      : new Set(context.state.listReachableCommits(project, [requireDefaultHead(project)], false).items.map((commit) => commit.id));
  const ownHistory: string[] = [];
  let forkPoint: string | undefined;
  for (let sha: string | undefined = current.commit.id; sha !== undefined; sha = project.commitBySha.get(sha)?.parent_ids[0]) {
    if (onDefault.has(sha)) {
      forkPoint = sha;
      break;
    }
    ownHistory.unshift(sha);
  }
  const kept = Math.max(0, Math.min(keepCommits, ownHistory.length));
  const base = kept > 0 ? ownHistory[kept - 1] : forkPoint;
  if (base === undefined) throw new Error('forcePush on the default branch must keep at least one commit');
  const added = writeCommits(context, project, base, options.newCommits ?? 1, options);
  const head = added[added.length - 1];
  if (head) moveBranch(project, branch, head);
  touchProject(project, new Date(context.clock.nowMs).toISOString());
  return { removed: ownHistory.slice(kept), added };
}

export function deleteBranch(context: MutationContext, projectId: number, branch: string): void {
  const project = context.state.requireProject(projectId);
  const index = project.team.branches.findIndex((candidate) => candidate.name === branch);
  if (index === -1) throw new Error(`Project ${projectId} has no branch ${branch}`);
  project.team.branches.splice(index, 1);
  project.reachableCache.clear();
  touchProject(project, new Date(context.clock.stamp()).toISOString());
}

export interface TagOptions {
  /** The commit to tag; the default branch head unless newCommits writes fresh ones. */
  sha?: string;
  /** Commits written on top of the base and reachable only from the new tag (a release cut off a detached head). */
  newCommits?: number;
  /** Annotated tag message; a lightweight tag without. */
  message?: string;
}

/** A new tag, as `git push origin <tag>` creates it; returns the tagged commit. */
export function pushTag(context: MutationContext, projectId: number, name: string, options: TagOptions = {}): RestCommit {
  const project = context.state.requireProject(projectId);
  if (project.team.tags.some((tag) => tag.name === name)) throw new Error(`Project ${projectId} already has a tag ${name}`);
  const base = options.sha ?? requireDefaultHead(project);
  const written = options.newCommits ? writeCommits(context, project, base, options.newCommits, {}) : [];
  const commit = written[written.length - 1] ?? project.commitBySha.get(base);
  if (!commit) throw new Error(`Project ${projectId} has no commit ${base}`);
  const isAnnotated = options.message !== undefined;
  project.team.tags.push({
    name,
    message: options.message ?? null,
    target: isAnnotated ? context.random.hex(40) : commit.id,
    commit: withoutStats(commit),
    release: null,
    protected: false,
    created_at: isAnnotated ? new Date(context.clock.stamp()).toISOString() : null,
  });
  project.reachableCache.clear();
  touchProject(project, new Date(context.clock.nowMs).toISOString());
  return commit;
}
