/**
 * The plain facts a team's metrics are computed from, loaded by the core from SQLite (already cut to
 * the course window) and handed to the pure compute functions in this folder.
 */
export interface PipelineFact {
  /** GitLab's pipeline status: success, failed, canceled, skipped, manual, running, pending, ... */
  status: string;
  /** UTC ISO 8601. */
  createdAt: string;
}

export interface TeamFacts {
  pipelines: readonly PipelineFact[];
}

/** A course's facts pooled, for course-wide figures such as the overall success rate. */
export function poolTeamFacts(teams: readonly TeamFacts[]): TeamFacts {
  return { pipelines: teams.flatMap((team) => team.pipelines) };
}
