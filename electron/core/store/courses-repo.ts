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
  window_start: string | null;
  window_end: string | null;
  sync_interval_minutes: number | null;
  last_sync_error: string | null;
  coverage_threshold: number;
  time_zone: string | null;
}

export interface NewCourse {
  name: string;
  gitlabUrl: string;
  source: CourseSource;
  isDemo: boolean;
  windowStart?: string | null;
  windowEnd?: string | null;
}

export interface CourseSettings {
  windowStart?: string | null;
  windowEnd?: string | null;
  syncIntervalMinutes?: number | null;
  coverageThreshold?: number;
  timeZone?: string | null;
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
    windowStart: row.window_start,
    windowEnd: row.window_end,
    syncIntervalMinutes: row.sync_interval_minutes,
    lastSyncError: row.last_sync_error,
    coverageThreshold: row.coverage_threshold,
    timeZone: row.time_zone,
  };
}

export function createCoursesRepo(db: Database.Database) {
  const list = db.prepare<[], CourseRow>(`${selectCourses} ORDER BY c.name COLLATE NOCASE`);
  const byName = db.prepare<[string], CourseRow>(`${selectCourses} WHERE c.name = ? COLLATE NOCASE`);
  const byId = db.prepare<[number], CourseRow>(`${selectCourses} WHERE c.id = ?`);
  const insert = db.prepare(`INSERT INTO courses (name, gitlab_url, source_kind, group_path, project_paths, is_demo, created_at,
      window_start, window_end, sync_interval_minutes)
    VALUES (@name, @gitlabUrl, @kind, @groupPath, @projectPaths, @isDemo, @createdAt, @windowStart, @windowEnd, @interval)`);
  const update = db.prepare(`UPDATE courses SET
      window_start = CASE WHEN @setStart THEN @windowStart ELSE window_start END,
      window_end = CASE WHEN @setEnd THEN @windowEnd ELSE window_end END,
      sync_interval_minutes = CASE WHEN @setInterval THEN @interval ELSE sync_interval_minutes END,
      coverage_threshold = CASE WHEN @setThreshold THEN @threshold ELSE coverage_threshold END,
      time_zone = CASE WHEN @setZone THEN @zone ELSE time_zone END
    WHERE id = @id`);
  const updateSource = db.prepare(`UPDATE courses SET name = @name, gitlab_url = @gitlabUrl, source_kind = @kind,
      group_path = @groupPath, project_paths = @projectPaths WHERE id = @id`);
  const setError = db.prepare('UPDATE courses SET last_sync_error = ? WHERE id = ?');
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
    findCourseById(id: number): Course | null {
      const row = byId.get(id);
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
        windowStart: course.windowStart ?? null,
        windowEnd: course.windowEnd ?? null,
        // The demo has no GitLab to sync from, so it has no schedule.
        interval: course.isDemo ? null : 60,
      });
      return this.getCourse(Number(result.lastInsertRowid));
    },
    deleteCourse(id: number): void {
      remove.run(id);
    },
    markCourseSynced(id: number, at: string): void {
      markSynced.run(at, id);
      setError.run(null, id);
    },
    recordSyncError(id: number, message: string): void {
      setError.run(message, id);
    },
    /** The name and where the teams come from; the next sync lists the teams of the new source. */
    updateCourseSource(id: number, course: Pick<NewCourse, 'name' | 'gitlabUrl' | 'source'>): Course {
      updateSource.run({
        id,
        name: course.name,
        gitlabUrl: course.gitlabUrl,
        kind: course.source.kind,
        groupPath: course.source.kind === 'group' ? course.source.groupPath : null,
        projectPaths: course.source.kind === 'projects' ? JSON.stringify(course.source.projectPaths) : null,
      });
      return this.getCourse(id);
    },
    updateCourse(id: number, settings: CourseSettings): Course {
      update.run({
        id,
        setStart: settings.windowStart !== undefined ? 1 : 0,
        windowStart: settings.windowStart ?? null,
        setEnd: settings.windowEnd !== undefined ? 1 : 0,
        windowEnd: settings.windowEnd ?? null,
        setInterval: settings.syncIntervalMinutes !== undefined ? 1 : 0,
        interval: settings.syncIntervalMinutes ?? null,
        setThreshold: settings.coverageThreshold !== undefined ? 1 : 0,
        threshold: settings.coverageThreshold ?? 60,
        setZone: settings.timeZone !== undefined ? 1 : 0,
        zone: settings.timeZone ?? null,
      });
      return this.getCourse(id);
    },
  };
}

export type CoursesRepo = ReturnType<typeof createCoursesRepo>;
