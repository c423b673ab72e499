import type { CourseMetrics } from '../../../shared/domain/team-metrics';

export interface CourseSummary {
  teamCount: number;
  unreachableCount: number;
  pipelineCount: number;
  /** Over all teams' finished pipelines pooled (the core's totals), not an average of team rates. */
  successRate: number | null;
  /** Teams with a known rate under 50 %; teams without finished pipelines are not counted. */
  teamsBelowHalf: number;
}

export function summarizeTeams(metrics: CourseMetrics): CourseSummary {
  const { teams, totals } = metrics;
  return {
    teamCount: teams.length,
    unreachableCount: teams.filter((team) => !team.isReachable).length,
    pipelineCount: totals.total,
    successRate: totals.successRate,
    teamsBelowHalf: teams.filter((team) => team.pipelines.successRate !== null && team.pipelines.successRate < 0.5).length,
  };
}
