import type Database from 'better-sqlite3';
import type { CommitAuthor, CommitFact, IssueFact, MergeRequestFact, NoteFact } from '../../../../shared/metrics/contribution-facts';
import type { InstantWindow } from './pipeline-facts-query';

/** A member as stored, before the course's aliases are attached. */
export interface StoredMemberFact {
  userId: number;
  username: string;
  name: string;
  role: 'student' | 'staff';
  isCurrent: boolean;
  publicEmail: string | null;
}

export interface ProjectContributionFacts {
  members: StoredMemberFact[];
  commits: CommitFact[];
  mergeRequests: MergeRequestFact[];
  issues: IssueFact[];
  notes: NoteFact[];
  /** The commit each default-branch pipeline in the window ran, by pipeline id (stored commits only). */
  pipelineCommits: Map<number, CommitAuthor & { sha: string }>;
}

type Params = { courseId: number; projectId: number | null; from: string | null; to: string };

function emptyFacts(): ProjectContributionFacts {
  return { members: [], commits: [], mergeRequests: [], issues: [], notes: [], pipelineCommits: new Map() };
}

function parseIds(json: string): number[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((id): id is number => typeof id === 'number') : [];
}

/**
 * Read-only: the facts the per-student figures are computed from, for every team of a course. Rows
 * are cut loosely (commits to the window, the rest to before its end); the pure functions in
 * shared/metrics apply the definitions. Bots are left out of the members; former members stay.
 */
export function createContributionFactsQuery(db: Database.Database) {
  const members = db.prepare<Params, Omit<StoredMemberFact, 'isCurrent'> & { projectId: number; isCurrent: number }>(
    `SELECT m.project_id AS projectId, m.user_id AS userId, m.username, m.name, m.role, m.is_current AS isCurrent,
        COALESCE(m.public_email, u.public_email) AS publicEmail
    FROM course_teams t JOIN members m ON m.project_id = t.project_id JOIN projects p ON p.id = t.project_id
      LEFT JOIN users u ON u.instance_url = p.instance_url AND u.user_id = m.user_id
    WHERE t.course_id = @courseId AND (@projectId IS NULL OR t.project_id = @projectId) AND COALESCE(u.is_bot, 0) = 0`,
  );
  const commits = db.prepare<Params, Omit<CommitFact, 'isMerge' | 'isReachable'> & { projectId: number; isMerge: number; isReachable: number }>(
    `SELECT c.project_id AS projectId, c.sha, c.author_name AS authorName, c.author_email AS authorEmail, c.committed_date AS committedDate,
        COALESCE(c.additions, 0) AS additions, COALESCE(c.deletions, 0) AS deletions,
        (c.is_merge = 1 OR json_array_length(c.parent_ids) > 1) AS isMerge, c.is_reachable AS isReachable
    FROM course_teams t JOIN commits c ON c.project_id = t.project_id
    WHERE t.course_id = @courseId AND (@projectId IS NULL OR t.project_id = @projectId) AND c.is_reachable = 1 AND (@from IS NULL OR c.committed_date >= @from) AND c.committed_date < @to`,
  );
  const mergeRequests = db.prepare<Params, Omit<MergeRequestFact, 'reviewerIds'> & { projectId: number; reviewerIds: string }>(
    `SELECT m.project_id AS projectId, m.iid, m.author_id AS authorId, m.created_at AS createdAt, m.merged_at AS mergedAt,
        m.merged_by_id AS mergedById, m.reviewer_ids AS reviewerIds
    FROM course_teams t JOIN merge_requests m ON m.project_id = t.project_id
    WHERE t.course_id = @courseId AND (@projectId IS NULL OR t.project_id = @projectId) AND m.created_at < @to`,
  );
  const issues = db.prepare<Params, IssueFact & { projectId: number }>(
    `SELECT i.project_id AS projectId, i.iid, i.author_id AS authorId, i.created_at AS createdAt, i.closed_at AS closedAt, i.closed_by_id AS closedById
    FROM course_teams t JOIN issues i ON i.project_id = t.project_id
    WHERE t.course_id = @courseId AND (@projectId IS NULL OR t.project_id = @projectId) AND i.created_at < @to`,
  );
  const notes = db.prepare<Params, Omit<NoteFact, 'isSystem'> & { projectId: number; isSystem: number }>(
    `SELECT n.project_id AS projectId, n.noteable_type AS noteableType, n.noteable_iid AS noteableIid, n.author_id AS authorId,
        n.body, n.is_system AS isSystem, n.created_at AS createdAt
    FROM course_teams t JOIN notes n ON n.project_id = t.project_id
    WHERE t.course_id = @courseId AND (@projectId IS NULL OR t.project_id = @projectId) AND n.created_at < @to AND n.noteable_type IN ('MergeRequest', 'Issue')`,
  );
  const pipelineCommits = db.prepare<Params, CommitAuthor & { projectId: number; pipelineId: number; sha: string }>(
    `SELECT p.project_id AS projectId, p.gitlab_id AS pipelineId, p.sha, c.author_name AS authorName, c.author_email AS authorEmail
    FROM course_teams t JOIN projects pr ON pr.id = t.project_id
      JOIN pipelines p ON p.project_id = t.project_id AND p.ref = pr.default_branch
      JOIN commits c ON c.project_id = p.project_id AND c.sha = p.sha
    WHERE t.course_id = @courseId AND (@projectId IS NULL OR t.project_id = @projectId) AND (@from IS NULL OR p.created_at >= @from) AND p.created_at < @to`,
  );

  return {
    /** Facts by project row id; a team with nothing stored is absent. `onlyProjectId` reads one team. */
    readContributionFacts(courseId: number, window: InstantWindow, onlyProjectId?: number): Map<number, ProjectContributionFacts> {
      const params = { courseId, projectId: onlyProjectId ?? null, ...window };
      const byProject = new Map<number, ProjectContributionFacts>();
      const factsOf = (projectId: number): ProjectContributionFacts => {
        let facts = byProject.get(projectId);
        if (!facts) byProject.set(projectId, (facts = emptyFacts()));
        return facts;
      };
      for (const { projectId, isCurrent, ...m } of members.iterate(params)) factsOf(projectId).members.push({ ...m, isCurrent: isCurrent === 1 });
      for (const { projectId, isMerge, isReachable, ...c } of commits.iterate(params)) {
        factsOf(projectId).commits.push({ ...c, isMerge: isMerge === 1, isReachable: isReachable === 1 });
      }
      for (const { projectId, reviewerIds, ...mr } of mergeRequests.iterate(params))
        factsOf(projectId).mergeRequests.push({ ...mr, reviewerIds: parseIds(reviewerIds) });
      for (const { projectId, ...issue } of issues.iterate(params)) factsOf(projectId).issues.push(issue);
      for (const { projectId, isSystem, ...note } of notes.iterate(params)) factsOf(projectId).notes.push({ ...note, isSystem: isSystem === 1 });
      for (const { projectId, pipelineId, ...commit } of pipelineCommits.iterate(params)) factsOf(projectId).pipelineCommits.set(pipelineId, commit);
      return byProject;
    },
  };
}
