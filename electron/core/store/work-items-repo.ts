import type Database from 'better-sqlite3';
import type { IssueRow, MergeRequestRow, NoteParent, NoteRow } from './rows/work-item-rows';

/** Merge requests, issues and the comments on them. */
/** The named parameters of a merge request row: explicit fields only, so nothing else can reach the SQL. */
function bindMergeRequest(projectId: number, mr: MergeRequestRow) {
  return {
    projectId,
    gitlabId: mr.gitlabId,
    iid: mr.iid,
    title: mr.title,
    state: mr.state,
    authorId: mr.authorId,
    sourceBranch: mr.sourceBranch,
    targetBranch: mr.targetBranch,
    createdAt: mr.createdAt,
    updatedAt: mr.updatedAt,
    mergedAt: mr.mergedAt,
    closedAt: mr.closedAt,
    webUrl: mr.webUrl,
    isDraft: mr.isDraft ? 1 : 0,
    mergedById: mr.mergedById,
    reviewerIds: JSON.stringify(mr.reviewerIds),
    mergeCommitSha: mr.mergeCommitSha,
  };
}

/** The named parameters of an issue row. */
function bindIssue(projectId: number, i: IssueRow) {
  return {
    projectId,
    gitlabId: i.gitlabId,
    iid: i.iid,
    title: i.title,
    state: i.state,
    authorId: i.authorId,
    createdAt: i.createdAt,
    updatedAt: i.updatedAt,
    closedAt: i.closedAt,
    closedById: i.closedById,
    webUrl: i.webUrl,
    assigneeIds: JSON.stringify(i.assigneeIds),
  };
}

export function createWorkItemsRepo(db: Database.Database) {
  const upsertMergeRequest = db.prepare(`INSERT INTO merge_requests (project_id, gitlab_id, iid, title, state, author_id, source_branch,
      target_branch, created_at, updated_at, merged_at, closed_at, web_url, draft, merged_by_id, reviewer_ids, merge_commit_sha)
    VALUES (@projectId, @gitlabId, @iid, @title, @state, @authorId, @sourceBranch, @targetBranch, @createdAt, @updatedAt,
      @mergedAt, @closedAt, @webUrl, @isDraft, @mergedById, @reviewerIds, @mergeCommitSha)
    ON CONFLICT (project_id, gitlab_id) DO UPDATE SET title = excluded.title, state = excluded.state,
      source_branch = excluded.source_branch, target_branch = excluded.target_branch, updated_at = excluded.updated_at,
      merged_at = excluded.merged_at, closed_at = excluded.closed_at, web_url = excluded.web_url, draft = excluded.draft,
      merged_by_id = excluded.merged_by_id, reviewer_ids = excluded.reviewer_ids, merge_commit_sha = excluded.merge_commit_sha`);
  const upsertIssue = db.prepare(`INSERT INTO issues (project_id, gitlab_id, iid, title, state, author_id, created_at, updated_at,
      closed_at, closed_by_id, web_url, assignee_ids)
    VALUES (@projectId, @gitlabId, @iid, @title, @state, @authorId, @createdAt, @updatedAt, @closedAt, @closedById, @webUrl, @assigneeIds)
    ON CONFLICT (project_id, gitlab_id) DO UPDATE SET title = excluded.title, state = excluded.state,
      updated_at = excluded.updated_at, closed_at = excluded.closed_at, closed_by_id = excluded.closed_by_id, web_url = excluded.web_url,
      assignee_ids = excluded.assignee_ids`);
  // Webhooks carry no merged_at, merged_by or closed_by: what a sync stored for those stays until the
  // targeted sync the relay schedules brings the REST values.
  const mergeWebhookMergeRequest = db.prepare(`INSERT INTO merge_requests (project_id, gitlab_id, iid, title, state, author_id, source_branch,
      target_branch, created_at, updated_at, merged_at, closed_at, web_url, draft, merged_by_id, reviewer_ids, merge_commit_sha)
    VALUES (@projectId, @gitlabId, @iid, @title, @state, @authorId, @sourceBranch, @targetBranch, @createdAt, @updatedAt,
      @mergedAt, @closedAt, @webUrl, @isDraft, @mergedById, @reviewerIds, @mergeCommitSha)
    ON CONFLICT (project_id, gitlab_id) DO UPDATE SET title = excluded.title, state = excluded.state,
      source_branch = excluded.source_branch, target_branch = excluded.target_branch, updated_at = excluded.updated_at,
      merged_at = COALESCE(excluded.merged_at, merge_requests.merged_at), closed_at = COALESCE(excluded.closed_at, merge_requests.closed_at),
      web_url = excluded.web_url, draft = excluded.draft, merged_by_id = COALESCE(excluded.merged_by_id, merge_requests.merged_by_id),
      reviewer_ids = excluded.reviewer_ids, merge_commit_sha = COALESCE(excluded.merge_commit_sha, merge_requests.merge_commit_sha)`);
  const mergeWebhookIssue = db.prepare(`INSERT INTO issues (project_id, gitlab_id, iid, title, state, author_id, created_at, updated_at,
      closed_at, closed_by_id, web_url, assignee_ids)
    VALUES (@projectId, @gitlabId, @iid, @title, @state, @authorId, @createdAt, @updatedAt, @closedAt, @closedById, @webUrl, @assigneeIds)
    ON CONFLICT (project_id, gitlab_id) DO UPDATE SET title = excluded.title, state = excluded.state,
      updated_at = excluded.updated_at, closed_at = CASE WHEN excluded.state = 'opened' THEN NULL ELSE COALESCE(excluded.closed_at, issues.closed_at) END,
      closed_by_id = CASE WHEN excluded.state = 'opened' THEN NULL ELSE COALESCE(excluded.closed_by_id, issues.closed_by_id) END,
      web_url = excluded.web_url, assignee_ids = excluded.assignee_ids`);
  const deleteNotes = db.prepare('DELETE FROM notes WHERE project_id = ? AND noteable_type = ? AND noteable_iid = ?');
  const insertNote = db.prepare(`INSERT OR REPLACE INTO notes (project_id, gitlab_id, noteable_type, noteable_iid, author_id, body, is_system,
      created_at, updated_at)
    VALUES (@projectId, @gitlabId, @noteableType, @noteableIid, @authorId, @body, @isSystem, @createdAt, @updatedAt)`);
  const mrUpdatedAt = db.prepare<[number], { gitlab_id: number; updated_at: string }>('SELECT gitlab_id, updated_at FROM merge_requests WHERE project_id = ?');
  const issueUpdatedAt = db.prepare<[number], { gitlab_id: number; updated_at: string }>('SELECT gitlab_id, updated_at FROM issues WHERE project_id = ?');

  return {
    upsertMergeRequests(projectId: number, mergeRequests: MergeRequestRow[]): void {
      for (const mr of mergeRequests) {
        upsertMergeRequest.run(bindMergeRequest(projectId, mr));
      }
    },
    upsertIssues(projectId: number, issues: IssueRow[]): void {
      for (const i of issues) {
        upsertIssue.run(bindIssue(projectId, i));
      }
    },
    /** A merge request as a webhook shows it: fields the webhook lacks keep their stored value. */
    mergeWebhookMergeRequest(projectId: number, mr: MergeRequestRow): void {
      mergeWebhookMergeRequest.run(bindMergeRequest(projectId, mr));
    },
    /** An issue as a webhook shows it: closed_by (absent from webhooks) keeps its stored value while closed. */
    mergeWebhookIssue(projectId: number, issue: IssueRow): void {
      mergeWebhookIssue.run(bindIssue(projectId, issue));
    },
    /** One comment, as a webhook reports it being written or edited. */
    upsertNote(projectId: number, parent: NoteParent, iid: number, note: NoteRow): void {
      insertNote.run({
        projectId,
        gitlabId: note.gitlabId,
        noteableType: parent,
        noteableIid: iid,
        authorId: note.authorId,
        body: note.body,
        isSystem: note.isSystem ? 1 : 0,
        createdAt: note.createdAt,
        updatedAt: note.updatedAt,
      });
    },
    /** A parent's notes as the source lists them now: deleted comments disappear here too. */
    replaceNotes(projectId: number, parent: NoteParent, iid: number, notes: NoteRow[]): void {
      deleteNotes.run(projectId, parent, iid);
      for (const n of notes) {
        insertNote.run({
          projectId,
          gitlabId: n.gitlabId,
          noteableType: parent,
          noteableIid: iid,
          authorId: n.authorId,
          body: n.body,
          isSystem: n.isSystem ? 1 : 0,
          createdAt: n.createdAt,
          updatedAt: n.updatedAt,
        });
      }
    },
    /** updated_at of every stored item by GitLab id, to tell which listed items changed. */
    readUpdatedAt(projectId: number, kind: 'merge_requests' | 'issues'): Map<number, string> {
      const rows = kind === 'merge_requests' ? mrUpdatedAt.all(projectId) : issueUpdatedAt.all(projectId);
      return new Map(rows.map((r) => [r.gitlab_id, r.updated_at]));
    },
  };
}

export type WorkItemsRepo = ReturnType<typeof createWorkItemsRepo>;
