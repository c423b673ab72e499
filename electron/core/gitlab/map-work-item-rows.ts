import type { IssueRow, MergeRequestRow, NoteRow } from '../store/rows/work-item-rows';
import type { GitlabIssue, GitlabMergeRequest, GitlabNote } from './schemas';
import { toUtcIso, toUtcIsoOrNull } from './to-utc-iso';

/** GitLab REST merge requests, issues and notes as store rows. */
export function mapMergeRequestRow(mr: GitlabMergeRequest): MergeRequestRow {
  return {
    gitlabId: mr.id,
    iid: mr.iid,
    title: mr.title,
    state: mr.state,
    authorId: mr.author,
    sourceBranch: mr.source_branch,
    targetBranch: mr.target_branch,
    createdAt: toUtcIso(mr.created_at),
    updatedAt: toUtcIso(mr.updated_at),
    mergedAt: toUtcIsoOrNull(mr.merged_at),
    closedAt: toUtcIsoOrNull(mr.closed_at),
    webUrl: mr.web_url,
    isDraft: mr.draft,
    mergedById: mr.merge_user,
    reviewerIds: mr.reviewers,
    mergeCommitSha: mr.merge_commit_sha,
  };
}

export function mapIssueRow(issue: GitlabIssue): IssueRow {
  return {
    gitlabId: issue.id,
    iid: issue.iid,
    title: issue.title,
    state: issue.state,
    authorId: issue.author,
    createdAt: toUtcIso(issue.created_at),
    updatedAt: toUtcIso(issue.updated_at),
    closedAt: toUtcIsoOrNull(issue.closed_at),
    closedById: issue.closed_by,
    webUrl: issue.web_url,
    assigneeIds: issue.assignees,
  };
}

export function mapNoteRow(note: GitlabNote): NoteRow {
  return {
    gitlabId: note.id,
    authorId: note.author,
    body: note.body,
    isSystem: note.system,
    createdAt: toUtcIso(note.created_at),
    updatedAt: toUtcIsoOrNull(note.updated_at),
  };
}
