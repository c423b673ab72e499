/**
 * The plain facts a team's metrics are computed from, loaded by the core from SQLite (already cut to
 * the window, child pipelines left out) and handed to the pure compute functions in this folder.
 * Every time is UTC ISO 8601.
 */
export interface PipelineFact {
  /** GitLab's pipeline id: the tie-breaker when two pipelines were created in the same instant. */
  id: number;
  /** GitLab's status: success, failed, canceled, skipped, manual, running, pending, ... */
  status: string;
  ref: string | null;
  createdAt: string;
  finishedAt: string | null;
  /** The union of its jobs' running intervals, in seconds (see pipeline-duration.ts). */
  durationS: number | null;
  /** The mean of its jobs' coverage, as GitLab computes it; null when no job reports one. */
  coverage: number | null;
}

export interface FactWindow {
  /** Inclusive start, or null for "since the first pipeline". */
  from: string | null;
  /** Exclusive end, already capped at now. */
  to: string;
}

export interface TeamFacts {
  window: FactWindow;
  defaultBranch: string | null;
  pipelines: readonly PipelineFact[];
}

/** A course's facts pooled, for course-wide figures such as the overall success rate. */
export function poolTeamFacts(window: FactWindow, teams: readonly TeamFacts[]): TeamFacts {
  return { window, defaultBranch: null, pipelines: teams.flatMap((team) => team.pipelines) };
}
