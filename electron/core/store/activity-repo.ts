import type Database from 'better-sqlite3';
import type { GitlabCommit, GitlabIssue, GitlabMember, GitlabMergeRequest, GitlabNote } from '../gitlab/schemas';

export type MemberRole = 'student' | 'staff';

/** Upserts for the team activity that feeds contribution metrics: members, commits, MRs, issues, notes. */
export function createActivityRepo(db: Database.Database) {
  const member = db.prepare(`INSERT INTO members (project_id, user_id, username, name, access_level, role, public_email, web_url)
    VALUES (@projectId, @id, @username, @name, @access_level, @role, @publicEmail, @web_url)
    ON CONFLICT (project_id, user_id) DO UPDATE SET username = excluded.username, name = excluded.name,
      access_level = excluded.access_level, public_email = COALESCE(excluded.public_email, members.public_email), web_url = excluded.web_url`);
  const commit = db.prepare(`INSERT INTO commits (project_id, sha, title, message, author_name, author_email, authored_date, committed_date,
      additions, deletions, is_merge, web_url)
    VALUES (@projectId, @id, @title, @message, @author_name, @author_email, @authored_date, @committed_date,
      @additions, @deletions, @isMerge, @web_url)
    ON CONFLICT (project_id, sha) DO UPDATE SET additions = COALESCE(excluded.additions, commits.additions),
      deletions = COALESCE(excluded.deletions, commits.deletions)`);
  const mergeRequest = db.prepare(`INSERT INTO merge_requests (project_id, gitlab_id, iid, title, state, author_id, source_branch, target_branch,
      created_at, updated_at, merged_at, closed_at, web_url)
    VALUES (@projectId, @id, @iid, @title, @state, @author, @source_branch, @target_branch, @created_at, @updated_at, @merged_at, @closed_at, @web_url)
    ON CONFLICT (project_id, gitlab_id) DO UPDATE SET title = excluded.title, state = excluded.state,
      source_branch = excluded.source_branch, target_branch = excluded.target_branch, updated_at = excluded.updated_at,
      merged_at = excluded.merged_at, closed_at = excluded.closed_at, web_url = excluded.web_url`);
  const issue = db.prepare(`INSERT INTO issues (project_id, gitlab_id, iid, title, state, author_id, created_at, updated_at, closed_at, web_url)
    VALUES (@projectId, @id, @iid, @title, @state, @author, @created_at, @updated_at, @closed_at, @web_url)
    ON CONFLICT (project_id, gitlab_id) DO UPDATE SET title = excluded.title, state = excluded.state,
      updated_at = excluded.updated_at, closed_at = excluded.closed_at, web_url = excluded.web_url`);
  const note = db.prepare(`INSERT INTO notes (project_id, gitlab_id, noteable_type, noteable_iid, author_id, body, is_system, created_at, updated_at)
    VALUES (@projectId, @id, @noteable_type, @noteableIid, @author, @body, @isSystem, @created_at, @updated_at)
    ON CONFLICT (project_id, gitlab_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at`);

  return {
    upsertMembers(projectId: number, members: Array<GitlabMember & { role: MemberRole; publicEmail: string | null }>): void {
      for (const m of members) member.run({ ...m, projectId });
    },
    upsertCommits(projectId: number, commits: GitlabCommit[]): void {
      for (const c of commits) {
        commit.run({
          ...c,
          projectId,
          additions: c.stats?.additions ?? null,
          deletions: c.stats?.deletions ?? null,
          isMerge: c.parent_ids.length > 1 ? 1 : 0,
        });
      }
    },
    upsertMergeRequests(projectId: number, mergeRequests: GitlabMergeRequest[]): void {
      for (const mr of mergeRequests) mergeRequest.run({ ...mr, projectId });
    },
    upsertIssues(projectId: number, issues: GitlabIssue[]): void {
      for (const i of issues) issue.run({ ...i, projectId });
    },
    upsertNotes(projectId: number, notes: GitlabNote[], noteableIid: number): void {
      for (const n of notes) note.run({ ...n, projectId, noteableIid: n.noteable_iid ?? noteableIid, isSystem: n.system ? 1 : 0 });
    },
  };
}

export type ActivityRepo = ReturnType<typeof createActivityRepo>;
