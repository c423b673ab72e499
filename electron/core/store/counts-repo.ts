import type Database from 'better-sqlite3';
import type { StoredCounts } from '../../../shared/domain/sync';

const perTeam = (table: string, extra = '') =>
  `(SELECT COUNT(*) FROM ${table} x JOIN course_teams t ON t.project_id = x.project_id WHERE t.course_id = @courseId ${extra})`;

/** What a course holds, by resource: the `stored` half of a sync summary. */
export function createCountsRepo(db: Database.Database) {
  const counts = db.prepare<{ courseId: number }, StoredCounts>(`SELECT
      (SELECT COUNT(*) FROM course_teams WHERE course_id = @courseId) AS projects,
      ${perTeam('members', 'AND x.is_current = 1')} AS members,
      ${perTeam('commits', 'AND x.is_reachable = 1')} AS commits,
      ${perTeam('branches')} AS branches,
      ${perTeam('tags')} AS tags,
      ${perTeam('merge_requests')} AS mergeRequests,
      ${perTeam('issues')} AS issues,
      ${perTeam('notes')} AS notes,
      ${perTeam('pipelines')} AS pipelines,
      ${perTeam('jobs')} AS jobs`);
  return {
    countCourseData(courseId: number): StoredCounts {
      return counts.get({ courseId }) as StoredCounts;
    },
  };
}
