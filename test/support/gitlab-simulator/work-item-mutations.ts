import type { RestIssue, RestMergeRequest, RestNote } from '../../../electron/core/demo/rest-types';
import type { MutationContext } from './mutation-context';
import { selectActor, touchProject } from './mutation-context';
import { findBranch, pushCommits, writeCommits } from './repository-mutations';
import type { SimProject } from './sim-state';
import { formatNoteParentKey } from './sim-state';

export interface NoteOptions {
  authorId?: number;
  /** A GitLab-written note ("closed", "added 1 commit"); does not count in user_notes_count. */
  system?: boolean;
}

function requireMergeRequest(project: SimProject, iid: number): RestMergeRequest {
  const mergeRequest = project.team.mergeRequests.find((candidate) => candidate.iid === iid);
  if (!mergeRequest) throw new Error(`Project ${project.team.project.id} has no merge request !${iid}`);
  return mergeRequest;
}

function requireIssue(project: SimProject, iid: number): RestIssue {
  const issue = project.team.issues.find((candidate) => candidate.iid === iid);
  if (!issue) throw new Error(`Project ${project.team.project.id} has no issue #${iid}`);
  return issue;
}

function nowIso(context: MutationContext): string {
  return new Date(context.clock.stamp()).toISOString();
}

/** Opens a merge request; its source branch is created with one commit when it does not exist. */
export function addMergeRequest(context: MutationContext, projectId: number, partial: Partial<RestMergeRequest> = {}): RestMergeRequest {
  const project = context.state.requireProject(projectId);
  const iid = project.team.mergeRequests.reduce((max, item) => Math.max(max, item.iid), 0) + 1;
  const sourceBranch = partial.source_branch ?? `feature/simulated-${iid}`;
  const author = partial.author ?? selectActor(context, project).ref;
  if (!findBranch(project, sourceBranch)) pushCommits(context, projectId, sourceBranch, 1, { authorId: author.id });
  const at = nowIso(context);
  const id = context.state.nextIds.mergeRequest;
  context.state.nextIds.mergeRequest += 1;
  const path = project.team.project.path_with_namespace;
  const mergeRequest: RestMergeRequest = {
    id,
    iid,
    project_id: projectId,
    title: partial.title ?? `Simulated change ${iid}`,
    description: '',
    state: 'opened',
    created_at: at,
    updated_at: at,
    merged_at: null,
    closed_at: null,
    prepared_at: at,
    merge_user: null,
    merged_by: null,
    closed_by: null,
    author,
    assignees: [author],
    reviewers: [],
    source_branch: sourceBranch,
    target_branch: project.team.project.default_branch ?? 'main',
    source_project_id: projectId,
    target_project_id: projectId,
    labels: [],
    draft: false,
    work_in_progress: false,
    milestone: null,
    merge_when_pipeline_succeeds: false,
    merge_status: 'can_be_merged',
    detailed_merge_status: 'mergeable',
    has_conflicts: false,
    sha: findBranch(project, sourceBranch)?.commit.id ?? '',
    merge_commit_sha: null,
    squash_commit_sha: null,
    squash: false,
    user_notes_count: 0,
    upvotes: 0,
    downvotes: 0,
    references: { short: `!${iid}`, relative: `!${iid}`, full: `${path}!${iid}` },
    web_url: `${project.team.project.web_url}/-/merge_requests/${iid}`,
    ...partial,
  };
  mergeRequest.id = id;
  mergeRequest.iid = iid;
  project.team.mergeRequests.push(mergeRequest);
  project.mergeRequests.invalidate();
  touchProject(project, mergeRequest.updated_at);
  return structuredClone(mergeRequest);
}

/**
 * Applies a patch with GitLab's side effects: merging writes a merge commit on the target branch
 * and sets merged_at; closing sets closed_at and adds the "closed" system note; updated_at moves.
 */
export function updateMergeRequest(context: MutationContext, projectId: number, iid: number, patch: Partial<RestMergeRequest>): RestMergeRequest {
  const project = context.state.requireProject(projectId);
  const mergeRequest = requireMergeRequest(project, iid);
  const previousState = mergeRequest.state;
  Object.assign(mergeRequest, patch);
  const at = patch.updated_at ?? nowIso(context);
  if (patch.state === 'merged' && previousState !== 'merged') {
    const mergeUser = patch.merge_user ?? mergeRequest.author;
    const target = findBranch(project, mergeRequest.target_branch);
    if (target && !patch.merge_commit_sha) {
      const [merge] = writeCommits(context, project, target.commit.id, 1, {
        authorId: mergeUser.id,
        title: `Merge branch '${mergeRequest.source_branch}' into '${mergeRequest.target_branch}'`,
      });
      if (merge) {
        merge.parent_ids = [target.commit.id, mergeRequest.sha];
        const { stats: _stats, ...headCommit } = merge;
        target.commit = headCommit;
        project.reachableCache.clear();
        mergeRequest.merge_commit_sha = merge.id;
      }
    }
    mergeRequest.merged_at = patch.merged_at ?? at;
    mergeRequest.merge_user = mergeUser;
    mergeRequest.merged_by = mergeUser;
    mergeRequest.detailed_merge_status = 'not_open';
  }
  if (patch.state === 'closed' && previousState !== 'closed') {
    mergeRequest.closed_at = patch.closed_at ?? at;
    mergeRequest.closed_by = patch.closed_by ?? mergeRequest.author;
    addNote(context, projectId, 'MergeRequest', iid, 'closed', { system: true, authorId: mergeRequest.closed_by.id });
  }
  if (patch.state === 'opened' && previousState === 'closed') {
    mergeRequest.closed_at = null;
    mergeRequest.closed_by = null;
    addNote(context, projectId, 'MergeRequest', iid, 'reopened', { system: true, authorId: mergeRequest.author.id });
  }
  mergeRequest.updated_at = patch.updated_at ?? (mergeRequest.updated_at > at ? mergeRequest.updated_at : at);
  project.mergeRequests.invalidate();
  touchProject(project, mergeRequest.updated_at);
  return structuredClone(mergeRequest);
}

/** A note on a merge request or issue; the parent's updated_at moves with it, like on GitLab. */
export function addNote(
  context: MutationContext,
  projectId: number,
  type: 'MergeRequest' | 'Issue',
  iid: number,
  body: string,
  options: NoteOptions = {},
): RestNote {
  const project = context.state.requireProject(projectId);
  const parent = type === 'MergeRequest' ? requireMergeRequest(project, iid) : requireIssue(project, iid);
  const at = nowIso(context);
  const id = context.state.nextIds.note;
  context.state.nextIds.note += 1;
  const isSystem = options.system === true;
  const note: RestNote = {
    id,
    type: null,
    body,
    author: selectActor(context, project, options.authorId).ref,
    created_at: at,
    updated_at: at,
    system: isSystem,
    noteable_id: parent.id,
    noteable_type: type,
    noteable_iid: iid,
    project_id: projectId,
    resolvable: false,
    confidential: false,
    internal: false,
  };
  (type === 'MergeRequest' ? project.team.mergeRequestNotes : project.team.issueNotes).push(note);
  const key = formatNoteParentKey(type, iid);
  const list = project.notesByParent.get(key);
  if (list) list.push(note);
  else project.notesByParent.set(key, [note]);
  if (!isSystem) parent.user_notes_count += 1;
  parent.updated_at = at;
  if (type === 'MergeRequest') project.mergeRequests.invalidate();
  else project.issues.invalidate();
  touchProject(project, at);
  return structuredClone(note);
}

export function addIssue(context: MutationContext, projectId: number, partial: Partial<RestIssue> = {}): RestIssue {
  const project = context.state.requireProject(projectId);
  const iid = project.team.issues.reduce((max, item) => Math.max(max, item.iid), 0) + 1;
  const at = nowIso(context);
  const id = context.state.nextIds.issue;
  context.state.nextIds.issue += 1;
  const path = project.team.project.path_with_namespace;
  const issue: RestIssue = {
    id,
    iid,
    project_id: projectId,
    title: `Simulated issue ${iid}`,
    description: null,
    state: 'opened',
    created_at: at,
    updated_at: at,
    closed_at: null,
    closed_by: null,
    author: selectActor(context, project).ref,
    assignees: [],
    labels: [],
    milestone: null,
    due_date: null,
    confidential: false,
    issue_type: 'issue',
    user_notes_count: 0,
    references: { short: `#${iid}`, relative: `#${iid}`, full: `${path}#${iid}` },
    web_url: `${project.team.project.web_url}/-/issues/${iid}`,
    ...partial,
  };
  issue.id = id;
  issue.iid = iid;
  project.team.issues.push(issue);
  project.issues.invalidate();
  touchProject(project, issue.updated_at);
  return structuredClone(issue);
}

/** Patches an issue; closing stamps closed_at and closed_by. */
export function updateIssue(context: MutationContext, projectId: number, iid: number, patch: Partial<RestIssue>): RestIssue {
  const project = context.state.requireProject(projectId);
  const issue = requireIssue(project, iid);
  const wasClosed = issue.state === 'closed';
  Object.assign(issue, patch);
  const at = patch.updated_at ?? nowIso(context);
  if (patch.state === 'closed' && !wasClosed) {
    issue.closed_at = patch.closed_at ?? at;
    issue.closed_by = patch.closed_by ?? issue.author;
  }
  if (patch.state === 'opened' && wasClosed) {
    issue.closed_at = null;
    issue.closed_by = null;
  }
  issue.updated_at = at;
  project.issues.invalidate();
  touchProject(project, at);
  return structuredClone(issue);
}
