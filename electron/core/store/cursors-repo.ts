import type Database from 'better-sqlite3';

/** Cursor state is opaque JSON owned by each resource's syncer. */
export function createCursorsRepo(db: Database.Database) {
  const get = db.prepare<[number, string], { state: string }>('SELECT state FROM sync_cursors WHERE project_id = ? AND resource = ?');
  const put = db.prepare(`INSERT INTO sync_cursors (project_id, resource, state, updated_at) VALUES (?, ?, ?, ?)
    ON CONFLICT (project_id, resource) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`);
  return {
    readCursor<T>(projectId: number, resource: string): T | null {
      const row = get.get(projectId, resource);
      return row ? (JSON.parse(row.state) as T) : null;
    },
    writeCursor(projectId: number, resource: string, state: unknown): void {
      put.run(projectId, resource, JSON.stringify(state), new Date().toISOString());
    },
  };
}

export type CursorsRepo = ReturnType<typeof createCursorsRepo>;
