import type Database from 'better-sqlite3';
import type { Exclusion } from '../../../shared/domain/identity';

interface ExclusionRow {
  id: number;
  commitSha: string | null;
  projectId: number | null;
  project: string | null;
  iid: number | null;
  reason: string;
  createdAt: string;
}

function toExclusion(row: ExclusionRow): Exclusion {
  if (row.commitSha !== null) return { id: row.id, kind: 'commit', sha: row.commitSha, reason: row.reason, createdAt: row.createdAt };
  return {
    id: row.id,
    kind: 'mergeRequest',
    projectId: row.projectId ?? 0,
    project: row.project ?? '',
    iid: row.iid ?? 0,
    reason: row.reason,
    createdAt: row.createdAt,
  };
}

/** Commits and merge requests excluded from every figure of a course; read on every metrics load. */
export function createExclusionsRepo(db: Database.Database) {
  const insertCommit = db.prepare('INSERT OR IGNORE INTO exclusions (course_id, commit_sha, reason, created_at) VALUES (?, ?, ?, ?)');
  const insertMergeRequest = db.prepare(
    'INSERT OR IGNORE INTO exclusions (course_id, project_id, merge_request_iid, reason, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const list = db.prepare<[number], ExclusionRow>(
    `SELECT e.id, e.commit_sha AS commitSha, e.project_id AS projectId, p.path_with_namespace AS project, e.merge_request_iid AS iid,
        e.reason, e.created_at AS createdAt
    FROM exclusions e LEFT JOIN projects p ON p.id = e.project_id WHERE e.course_id = ? ORDER BY e.created_at, e.id`,
  );
  const removeCommit = db.prepare('DELETE FROM exclusions WHERE course_id = ? AND commit_sha = ?');
  const removeMergeRequest = db.prepare('DELETE FROM exclusions WHERE course_id = ? AND project_id = ? AND merge_request_iid = ?');
  const commitsByPrefix = db.prepare<{ courseId: number; prefix: string }, { sha: string }>(
    `SELECT DISTINCT c.sha FROM course_teams t JOIN commits c ON c.project_id = t.project_id
    WHERE t.course_id = @courseId AND substr(c.sha, 1, length(@prefix)) = @prefix LIMIT 2`,
  );
  return {
    /** False when the commit is already excluded. */
    excludeCommit(courseId: number, sha: string, reason: string): boolean {
      return insertCommit.run(courseId, sha, reason, new Date().toISOString()).changes === 1;
    },
    /** False when the merge request is already excluded. */
    excludeMergeRequest(courseId: number, projectId: number, iid: number, reason: string): boolean {
      return insertMergeRequest.run(courseId, projectId, iid, reason, new Date().toISOString()).changes === 1;
    },
    listExclusions(courseId: number): Exclusion[] {
      return list.all(courseId).map(toExclusion);
    },
    removeCommitExclusion(courseId: number, sha: string): boolean {
      return removeCommit.run(courseId, sha).changes > 0;
    },
    removeMergeRequestExclusion(courseId: number, projectId: number, iid: number): boolean {
      return removeMergeRequest.run(courseId, projectId, iid).changes > 0;
    },
    /** Up to two stored SHAs of the course's commits that start with `prefix` (lower-case hex). */
    findCommitsByPrefix(courseId: number, prefix: string): string[] {
      return commitsByPrefix.all({ courseId, prefix }).map((r) => r.sha);
    },
  };
}

export type ExclusionsRepo = ReturnType<typeof createExclusionsRepo>;
