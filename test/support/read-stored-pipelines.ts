import { join } from 'node:path';
import Database from 'better-sqlite3';

export interface StoredPipeline {
  projectGitlabId: number;
  id: number;
  status: string;
  updatedAt: string;
}

/** Reads pipelines straight from the SQLite file, independent of the code under test. */
export function readStoredPipelines(dataDir: string): StoredPipeline[] {
  const db = new Database(join(dataDir, 'gitpulse.sqlite'), { readonly: true });
  try {
    return db
      .prepare(
        `SELECT p.gitlab_id AS projectGitlabId, pl.gitlab_id AS id, pl.status, pl.updated_at AS updatedAt
        FROM pipelines pl JOIN projects p ON p.id = pl.project_id ORDER BY p.gitlab_id, pl.gitlab_id`,
      )
      .all() as StoredPipeline[];
  } finally {
    db.close();
  }
}
