import type Database from 'better-sqlite3';
import type { PipelineFact } from '../../../../shared/metrics/team-facts';

export interface InstantWindow {
  /** Inclusive UTC ISO 8601 instant, or null for no start. */
  from: string | null;
  /** Exclusive UTC ISO 8601 instant. */
  to: string;
}

interface PipelineFactRow {
  projectId: number;
  id: number;
  status: string;
  ref: string | null;
  createdAt: string;
  finishedAt: string | null;
  durationS: number | null;
  coverage: number | null;
}

/**
 * Read-only: the facts the pipeline metrics are computed from, for every team of a course, cut to
 * the window. Child pipelines (source parent_pipeline) are part of their parent's run, not builds of
 * their own, so they are left out. Kept apart from the sync's write repos so metrics can only read.
 */
export function createPipelineFactsQuery(db: Database.Database) {
  const select = db.prepare<{ courseId: number; projectId: number | null; from: string | null; to: string }, PipelineFactRow>(
    `SELECT p.project_id AS projectId, p.gitlab_id AS id, p.status, p.ref, p.created_at AS createdAt,
        p.finished_at AS finishedAt, p.duration AS durationS, p.coverage
    FROM course_teams t JOIN pipelines p ON p.project_id = t.project_id
    WHERE t.course_id = @courseId AND (@projectId IS NULL OR t.project_id = @projectId) AND (@from IS NULL OR p.created_at >= @from) AND p.created_at < @to
      AND (p.source IS NULL OR p.source <> 'parent_pipeline')`,
  );
  return {
    /** Pipeline facts by project row id; teams without pipelines in the window are absent. `onlyProjectId` reads one team. */
    readPipelineFacts(courseId: number, window: InstantWindow, onlyProjectId?: number): Map<number, PipelineFact[]> {
      const byProject = new Map<number, PipelineFact[]>();
      for (const { projectId, ...fact } of select.all({ courseId, projectId: onlyProjectId ?? null, ...window })) {
        let facts = byProject.get(projectId);
        if (!facts) byProject.set(projectId, (facts = []));
        facts.push(fact);
      }
      return byProject;
    },
  };
}
