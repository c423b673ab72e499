import type Database from 'better-sqlite3';
import type { InstantWindow } from './pipeline-facts-query';

export interface StoredPipelineItem {
  id: number;
  status: string;
  ref: string | null;
  sha: string | null;
  createdAt: string;
  durationS: number | null;
  coverage: number | null;
  webUrl: string | null;
}

export interface StoredWorkItemTitle {
  iid: number;
  title: string;
  state: string;
  webUrl: string | null;
}

export interface TeamItems {
  /** Commit titles and GitLab URLs by SHA, for the commits of the window. */
  commits: Map<string, { title: string; webUrl: string | null }>;
  mergeRequests: Map<number, StoredWorkItemTitle>;
  issues: Map<number, StoredWorkItemTitle>;
  /** The window's newest pipelines, newest first (child pipelines left out, as in the metrics). */
  recentPipelines: StoredPipelineItem[];
}

type Params = { projectId: number; from: string | null; to: string };

/**
 * Read-only: the titles and GitLab links of one team's items, which the metric facts leave out (the
 * formulas never need them) but the team page lists beside every figure.
 */
export function createTeamItemsQuery(db: Database.Database) {
  const commits = db.prepare<Params, { sha: string; title: string; webUrl: string | null }>(
    `SELECT sha, title, web_url AS webUrl FROM commits
    WHERE project_id = @projectId AND (@from IS NULL OR committed_date >= @from) AND committed_date < @to`,
  );
  const mergeRequests = db.prepare<Params, StoredWorkItemTitle>(
    `SELECT iid, title, state, web_url AS webUrl FROM merge_requests WHERE project_id = @projectId AND created_at < @to`,
  );
  const issues = db.prepare<Params, StoredWorkItemTitle>(
    `SELECT iid, title, state, web_url AS webUrl FROM issues WHERE project_id = @projectId AND created_at < @to`,
  );
  const pipelines = db.prepare<Params & { limit: number }, StoredPipelineItem>(
    `SELECT gitlab_id AS id, status, ref, sha, created_at AS createdAt, duration AS durationS, coverage, web_url AS webUrl
    FROM pipelines
    WHERE project_id = @projectId AND (@from IS NULL OR created_at >= @from) AND created_at < @to
      AND (source IS NULL OR source <> 'parent_pipeline')
    ORDER BY created_at DESC, gitlab_id DESC LIMIT @limit`,
  );
  return {
    readTeamItems(projectId: number, window: InstantWindow, pipelineLimit: number): TeamItems {
      const params = { projectId, ...window };
      return {
        commits: new Map(commits.all(params).map(({ sha, ...item }) => [sha, item])),
        mergeRequests: new Map(mergeRequests.all(params).map((item) => [item.iid, item])),
        issues: new Map(issues.all(params).map((item) => [item.iid, item])),
        recentPipelines: pipelines.all({ ...params, limit: pipelineLimit }),
      };
    },
  };
}
