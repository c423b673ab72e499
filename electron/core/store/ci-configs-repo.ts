import type Database from 'better-sqlite3';

export interface CiConfigRecord {
  ref: string;
  sha: string | null;
  content: string | null;
  includes: Array<{ path: string; content: string | null }>;
}

/** The .gitlab-ci.yml at the head of each project's default branch, with its local includes. */
export function createCiConfigsRepo(db: Database.Database) {
  const read = db.prepare<[number], { ref: string; sha: string | null; content: string | null; includes: string }>(
    'SELECT ref, sha, content, includes FROM ci_configs WHERE project_id = ?',
  );
  const write = db.prepare(`INSERT INTO ci_configs (project_id, ref, sha, content, includes, fetched_at) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (project_id) DO UPDATE SET ref = excluded.ref, sha = excluded.sha, content = excluded.content,
      includes = excluded.includes, fetched_at = excluded.fetched_at`);
  return {
    readCiConfig(projectId: number): CiConfigRecord | null {
      const row = read.get(projectId);
      return row ? { ref: row.ref, sha: row.sha, content: row.content, includes: JSON.parse(row.includes) as CiConfigRecord['includes'] } : null;
    },
    writeCiConfig(projectId: number, record: CiConfigRecord): void {
      write.run(projectId, record.ref, record.sha, record.content, JSON.stringify(record.includes), new Date().toISOString());
    },
  };
}

export type CiConfigsRepo = ReturnType<typeof createCiConfigsRepo>;
