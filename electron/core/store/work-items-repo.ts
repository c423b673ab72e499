import type Database from 'better-sqlite3';
import type { GitlabIssue, GitlabMergeRequest, GitlabNote } from '../gitlab/schemas';

export type NoteParent = 'MergeRequest' | 'Issue';

/** Merge requests, issues and the comments on them. */
export function createWorkItemsRepo(db: Database.Database) {
  const upsertMergeRequest = db.prepare(`INSERT INTO merge_requests (project_id, gitlab_id, iid, title, state, author_id, source_branch,
      target_branch, created_at, updated_at, merged_at, closed_at, web_url, draft, merged_by_id, reviewer_ids, merge_commit_sha)
    VALUES (@projectId, @id, @iid, @title, @state, @author, @source_branch, @target_branch, @created_at, @updated_at,
      @merged_at, @closed_at, @web_url, @isDraft, @merge_user, @reviewerIds, @merge_commit_sha)
    ON CONFLICT (project_id, gitlab_id) DO UPDATE SET title = excluded.title, state = excluded.state,
      source_branch = excluded.source_branch, target_branch = excluded.target_branch, updated_at = excluded.updated_at,
      merged_at = excluded.merged_at, closed_at = excluded.closed_at, web_url = excluded.web_url, draft = excluded.draft,
      merged_by_id = excluded.merged_by_id, reviewer_ids = excluded.reviewer_ids, merge_commit_sha = excluded.merge_commit_sha`);
  const upsertIssue = db.prepare(`INSERT INTO issues (project_id, gitlab_id, iid, title, state, author_id, created_at, updated_at,
      closed_at, web_url, assignee_ids)
    VALUES (@projectId, @id, @iid, @title, @state, @author, @created_at, @updated_at, @closed_at, @web_url, @assigneeIds)
    ON CONFLICT (project_id, gitlab_id) DO UPDATE SET title = excluded.title, state = excluded.state,
      updated_at = excluded.updated_at, closed_at = excluded.closed_at, web_url = excluded.web_url, assignee_ids = excluded.assignee_ids`);
  const deleteNotes = db.prepare('DELETE FROM notes WHERE project_id = ? AND noteable_type = ? AND noteable_iid = ?');
  const insertNote = db.prepare(`INSERT OR REPLACE INTO notes (project_id, gitlab_id, noteable_type, noteable_iid, author_id, body, is_system,
      created_at, updated_at)
    VALUES (@projectId, @id, @noteableType, @noteableIid, @author, @body, @isSystem, @created_at, @updated_at)`);
  const mrUpdatedAt = db.prepare<[number], { gitlab_id: number; updated_at: string }>('SELECT gitlab_id, updated_at FROM merge_requests WHERE project_id = ?');
  const issueUpdatedAt = db.prepare<[number], { gitlab_id: number; updated_at: string }>('SELECT gitlab_id, updated_at FROM issues WHERE project_id = ?');

  return {
    upsertMergeRequests(projectId: number, mergeRequests: GitlabMergeRequest[]): void {
      for (const mr of mergeRequests) {
        upsertMergeRequest.run({ ...mr, projectId, isDraft: mr.draft ? 1 : 0, reviewerIds: JSON.stringify(mr.reviewers) });
      }
    },
    upsertIssues(projectId: number, issues: GitlabIssue[]): void {
      for (const i of issues) upsertIssue.run({ ...i, projectId, assigneeIds: JSON.stringify(i.assignees) });
    },
    /** A parent's notes as GitLab lists them now: deleted comments disappear here too. */
    replaceNotes(projectId: number, parent: NoteParent, iid: number, notes: GitlabNote[]): void {
      deleteNotes.run(projectId, parent, iid);
      for (const n of notes) {
        insertNote.run({ ...n, projectId, noteableType: parent, noteableIid: iid, isSystem: n.system ? 1 : 0 });
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
