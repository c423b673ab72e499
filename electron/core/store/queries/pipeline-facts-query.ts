import type Database from 'better-sqlite3';
import type { PipelineFact } from '../../../../shared/metrics/team-facts';

export interface CourseWindow {
  /** First day that counts, `YYYY-MM-DD` (UTC), or null for no start. */
  start: string | null;
  /** Last day that counts (inclusive), `YYYY-MM-DD` (UTC), or null for no end. */
  end: string | null;
}

/** The window as half-open UTC instants [from, until), in the stored timestamps' own format. */
function toInstants(window: CourseWindow): { from: string | null; until: string | null } {
  return {
    from: window.start ? `${window.start}T00:00:00.000Z` : null,
    until: window.end ? new Date(Date.parse(`${window.end}T00:00:00Z`) + 86_400_000).toISOString() : null,
  };
}

/**
 * Read-only: the facts the pipeline metrics are computed from, for every team of a course, cut to
 * the course window. Kept apart from the sync's write repos so metrics can only read.
 */
export function createPipelineFactsQuery(db: Database.Database) {
  const select = db.prepare<{ courseId: number; from: string | null; until: string | null }, { projectId: number; status: string; createdAt: string }>(
    `SELECT p.project_id AS projectId, p.status, p.created_at AS createdAt
    FROM course_teams t JOIN pipelines p ON p.project_id = t.project_id
    WHERE t.course_id = @courseId AND (@from IS NULL OR p.created_at >= @from) AND (@until IS NULL OR p.created_at < @until)`,
  );
  return {
    /** Pipeline facts by project row id; teams without pipelines in the window are absent. */
    readPipelineFacts(courseId: number, window: CourseWindow): Map<number, PipelineFact[]> {
      const byProject = new Map<number, PipelineFact[]>();
      for (const row of select.iterate({ courseId, ...toInstants(window) })) {
        let facts = byProject.get(row.projectId);
        if (!facts) byProject.set(row.projectId, (facts = []));
        facts.push({ status: row.status, createdAt: row.createdAt });
      }
      return byProject;
    },
  };
}
