import type Database from 'better-sqlite3';
import type { BranchRow, CommitRow, TagRow } from './rows/repository-rows';

export interface StoredBranch {
  name: string;
  headSha: string;
  syncedSha: string | null;
}

/** Commits, branches and tags: the repository side of a team's history. */
export function createRepositoryRepo(db: Database.Database) {
  // A commit's content never changes for its SHA, so a second sighting only fills in missing stats.
  const upsertCommit = db.prepare(`INSERT INTO commits (project_id, sha, title, message, author_name, author_email, authored_date,
      committed_date, additions, deletions, is_merge, web_url, parent_ids, is_reachable)
    VALUES (@projectId, @sha, @title, @message, @authorName, @authorEmail, @authoredAt, @committedAt,
      @additions, @deletions, @isMerge, @webUrl, @parentIds, 1)
    ON CONFLICT (project_id, sha) DO UPDATE SET additions = COALESCE(excluded.additions, commits.additions),
      deletions = COALESCE(excluded.deletions, commits.deletions), is_reachable = 1,
      parent_ids = excluded.parent_ids, is_merge = excluded.is_merge, has_parents = 1,
      authored_date = COALESCE(excluded.authored_date, commits.authored_date),
      committed_date = COALESCE(excluded.committed_date, commits.committed_date)`);
  // A push webhook's commit: no parents, no stats, and never over what the API already stored.
  const insertWebhookCommit = db.prepare(`INSERT INTO commits (project_id, sha, title, message, author_name, author_email, authored_date,
      committed_date, additions, deletions, is_merge, web_url, parent_ids, is_reachable, has_parents)
    VALUES (@projectId, @sha, @title, @message, @authorName, @authorEmail, @authoredAt, @committedAt, NULL, NULL, 0, @webUrl, '[]', 1, 0)
    ON CONFLICT (project_id, sha) DO NOTHING`);
  const upsertTag = db.prepare(`INSERT INTO tags (project_id, name, target_sha, message, created_at)
    VALUES (@projectId, @name, @targetSha, @message, @createdAt)
    ON CONFLICT (project_id, name) DO UPDATE SET target_sha = excluded.target_sha,
      message = COALESCE(excluded.message, tags.message), created_at = COALESCE(excluded.created_at, tags.created_at)`);
  const deleteTag = db.prepare('DELETE FROM tags WHERE project_id = ? AND name = ?');
  const branches = db.prepare<[number], { name: string; head_sha: string; synced_sha: string | null }>(
    'SELECT name, head_sha, synced_sha FROM branches WHERE project_id = ? ORDER BY name',
  );
  const upsertBranch = db.prepare(`INSERT INTO branches (project_id, name, head_sha, is_default, is_protected, is_merged, web_url)
    VALUES (@projectId, @name, @headSha, @isDefault, @isProtected, @isMerged, @webUrl)
    ON CONFLICT (project_id, name) DO UPDATE SET head_sha = excluded.head_sha, is_default = excluded.is_default,
      is_protected = excluded.is_protected, is_merged = excluded.is_merged, web_url = excluded.web_url`);
  const deleteBranch = db.prepare('DELETE FROM branches WHERE project_id = ? AND name = ?');
  const markSynced = db.prepare('UPDATE branches SET synced_sha = ? WHERE project_id = ? AND name = ?');
  // Commits known only from a push webhook are left out: to the walk they are missing, so it reads them.
  const graph = db.prepare<[number], { sha: string; parent_ids: string }>('SELECT sha, parent_ids FROM commits WHERE project_id = ? AND has_parents = 1');
  const clearReachable = db.prepare('UPDATE commits SET is_reachable = 0 WHERE project_id = ?');
  const setReachable = db.prepare('UPDATE commits SET is_reachable = 1 WHERE project_id = ? AND sha = ?');
  const deleteTags = db.prepare('DELETE FROM tags WHERE project_id = ?');
  // An upsert like every other list: a tag can be listed twice when one is pushed between two pages.
  const insertTag = db.prepare(`INSERT INTO tags (project_id, name, target_sha, message, created_at)
    VALUES (@projectId, @name, @targetSha, @message, @createdAt)
    ON CONFLICT (project_id, name) DO UPDATE SET target_sha = excluded.target_sha, message = excluded.message, created_at = excluded.created_at`);
  const storedTags = db.prepare<[number], { name: string; target_sha: string }>('SELECT name, target_sha FROM tags WHERE project_id = ?');

  return {
    upsertCommits(projectId: number, commits: CommitRow[]): void {
      for (const c of commits) {
        upsertCommit.run({
          projectId,
          sha: c.sha,
          title: c.title,
          message: c.message,
          authorName: c.authorName,
          authorEmail: c.authorEmail,
          authoredAt: c.authoredAt,
          committedAt: c.committedAt,
          additions: c.additions,
          deletions: c.deletions,
          isMerge: c.parentShas.length > 1 ? 1 : 0,
          webUrl: c.webUrl,
          parentIds: JSON.stringify(c.parentShas),
        });
      }
    },
    /** Commits as a push webhook lists them; a later sync fills in parents and stats. */
    insertWebhookCommits(projectId: number, commits: CommitRow[]): void {
      for (const c of commits) {
        insertWebhookCommit.run({
          projectId,
          sha: c.sha,
          title: c.title,
          message: c.message,
          authorName: c.authorName,
          authorEmail: c.authorEmail,
          authoredAt: c.authoredAt,
          committedAt: c.committedAt,
          webUrl: c.webUrl,
        });
      }
    },
    upsertTag(projectId: number, tag: TagRow): void {
      upsertTag.run({ projectId, name: tag.name, targetSha: tag.targetSha, message: tag.message, createdAt: tag.createdAt });
    },
    deleteTag(projectId: number, name: string): void {
      deleteTag.run(projectId, name);
    },
    listBranches(projectId: number): StoredBranch[] {
      return branches.all(projectId).map((b) => ({ name: b.name, headSha: b.head_sha, syncedSha: b.synced_sha }));
    },
    /** Makes the stored branch list equal the source's; a branch's walk progress survives a head change. */
    replaceBranches(projectId: number, current: BranchRow[]): void {
      const names = new Set(current.map((b) => b.name));
      for (const old of branches.all(projectId)) if (!names.has(old.name)) deleteBranch.run(projectId, old.name);
      for (const b of current) {
        upsertBranch.run({
          projectId,
          name: b.name,
          headSha: b.headSha,
          isDefault: b.isDefault ? 1 : 0,
          isProtected: b.isProtected ? 1 : 0,
          isMerged: b.isMerged ? 1 : 0,
          webUrl: b.webUrl,
        });
      }
    },
    markBranchSynced(projectId: number, name: string, sha: string): void {
      markSynced.run(sha, projectId, name);
    },
    loadCommitGraph(projectId: number): Map<string, string[]> {
      return new Map(graph.all(projectId).map((r) => [r.sha, JSON.parse(r.parent_ids) as string[]]));
    },
    /** Commits no branch reaches any more (force-push, deleted branch) are kept but marked. */
    markReachable(projectId: number, reachable: Set<string>): void {
      clearReachable.run(projectId);
      for (const sha of reachable) setReachable.run(projectId, sha);
    },
    listTagTargets(projectId: number): Map<string, string> {
      return new Map(storedTags.all(projectId).map((r) => [r.name, r.target_sha]));
    },
    replaceTags(projectId: number, tags: TagRow[]): void {
      deleteTags.run(projectId);
      for (const t of tags) insertTag.run({ projectId, name: t.name, targetSha: t.targetSha, message: t.message, createdAt: t.createdAt });
    },
  };
}

export type RepositoryRepo = ReturnType<typeof createRepositoryRepo>;
