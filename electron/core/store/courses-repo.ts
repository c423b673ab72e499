import type Database from 'better-sqlite3';
import type { Course, CourseSource } from '../../../shared/domain/course';

interface CourseRow {
  id: number;
  name: string;
  gitlab_url: string;
  source_kind: 'group' | 'projects';
  group_path: string | null;
  project_paths: string | null;
  is_demo: number;
  created_at: string;
  last_synced_at: string | null;
  team_count: number;
}

export interface NewCourse {
  name: string;
  gitlabUrl: string;
  source: CourseSource;
  isDemo: boolean;
}

const selectCourses = `
  SELECT c.*, (SELECT COUNT(*) FROM course_teams t WHERE t.course_id = c.id) AS team_count
  FROM courses c`;

function toCourse(row: CourseRow): Course {
  const source: CourseSource =
    row.source_kind === 'group'
      ? { kind: 'group', groupPath: row.group_path ?? '' }
      : { kind: 'projects', projectPaths: JSON.parse(row.project_paths ?? '[]') as string[] };
  return {
    id: row.id,
    name: row.name,
    gitlabUrl: row.gitlab_url,
    source,
    isDemo: row.is_demo === 1,
    teamCount: row.team_count,
    lastSyncedAt: row.last_synced_at,
    createdAt: row.created_at,
  };
}

export function createCoursesRepo(db: Database.Database) {
  const list = db.prepare<[], CourseRow>(`${selectCourses} ORDER BY c.name COLLATE NOCASE`);
  const byName = db.prepare<[string], CourseRow>(`${selectCourses} WHERE c.name = ? COLLATE NOCASE`);
  const byId = db.prepare<[number], CourseRow>(`${selectCourses} WHERE c.id = ?`);
  const insert = db.prepare(`INSERT INTO courses (name, gitlab_url, source_kind, group_path, project_paths, is_demo, created_at)
    VALUES (@name, @gitlabUrl, @kind, @groupPath, @projectPaths, @isDemo, @createdAt)`);
  const remove = db.prepare('DELETE FROM courses WHERE id = ?');
  const markSynced = db.prepare('UPDATE courses SET last_synced_at = ? WHERE id = ?');

  return {
    listCourses(): Course[] {
      return list.all().map(toCourse);
    },
    findCourseByName(name: string): Course | null {
      const row = byName.get(name);
      return row ? toCourse(row) : null;
    },
    getCourse(id: number): Course {
      const row = byId.get(id);
      if (!row) throw new Error(`Course ${id} vanished`);
      return toCourse(row);
    },
    insertCourse(course: NewCourse): Course {
      const result = insert.run({
        name: course.name,
        gitlabUrl: course.gitlabUrl,
        kind: course.source.kind,
        groupPath: course.source.kind === 'group' ? course.source.groupPath : null,
        projectPaths: course.source.kind === 'projects' ? JSON.stringify(course.source.projectPaths) : null,
        isDemo: course.isDemo ? 1 : 0,
        createdAt: new Date().toISOString(),
      });
      return this.getCourse(Number(result.lastInsertRowid));
    },
    deleteCourse(id: number): void {
      remove.run(id);
    },
    markCourseSynced(id: number, at: string): void {
      markSynced.run(at, id);
    },
  };
}

export type CoursesRepo = ReturnType<typeof createCoursesRepo>;
