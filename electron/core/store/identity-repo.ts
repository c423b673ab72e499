import type Database from 'better-sqlite3';
import type { AliasKind, IdentityAlias } from '../../../shared/domain/identity';

interface AliasRow {
  id: number;
  username: string;
  kind: AliasKind;
  value: string;
  createdAt: string;
}

/** The instructor's identity aliases, per course; the metrics read them on every load, so one applies at once. */
export function createIdentityRepo(db: Database.Database) {
  const insert = db.prepare('INSERT OR IGNORE INTO identity_aliases (course_id, username, kind, value, created_at) VALUES (?, ?, ?, ?, ?)');
  const list = db.prepare<[number], AliasRow>(
    'SELECT id, username, kind, value, created_at AS createdAt FROM identity_aliases WHERE course_id = ? ORDER BY username, kind, value',
  );
  const remove = db.prepare('DELETE FROM identity_aliases WHERE course_id = ? AND id = ?');
  const courseUsernames = db.prepare<[number, string], { username: string }>(
    `SELECT DISTINCT m.username FROM course_teams t JOIN members m ON m.project_id = t.project_id
    WHERE t.course_id = ? AND m.username = ? COLLATE NOCASE`,
  );
  return {
    /** Adds an alias; false when the course already has that email or name as an alias. */
    addAlias(courseId: number, username: string, kind: AliasKind, value: string): boolean {
      return insert.run(courseId, username, kind, value, new Date().toISOString()).changes === 1;
    },
    listAliases(courseId: number): IdentityAlias[] {
      return list.all(courseId);
    },
    /** Removes one alias by its id; false when the course has no such alias. */
    removeAlias(courseId: number, aliasId: number): boolean {
      return remove.run(courseId, aliasId).changes > 0;
    },
    /** The username as a team of the course stores it, found case-insensitively; null when no team has it. */
    findCourseUsername(courseId: number, username: string): string | null {
      return courseUsernames.get(courseId, username)?.username ?? null;
    },
  };
}

export type IdentityRepo = ReturnType<typeof createIdentityRepo>;
