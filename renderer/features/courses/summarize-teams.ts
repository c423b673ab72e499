import { computePipelineSuccessRate } from '../../../shared/metrics/pipeline-success-rate';
import type { TeamMetrics } from '../../../shared/domain/team-metrics';

export interface CourseSummary {
  teamCount: number;
  unreachableCount: number;
  pipelineCount: number;
  /** Over all teams' finished pipelines pooled, not an average of team rates. */
  successRate: number | null;
  /** Teams with a known rate under 50 %; teams without finished pipelines are not counted. */
  teamsBelowHalf: number;
}

export function summarizeTeams(teams: readonly TeamMetrics[]): CourseSummary {
  const tally = { total: 0, success: 0, failed: 0, canceled: 0 };
  let teamsBelowHalf = 0;
  let unreachableCount = 0;
  for (const team of teams) {
    tally.total += team.pipelines.total;
    tally.success += team.pipelines.success;
    tally.failed += team.pipelines.failed;
    tally.canceled += team.pipelines.canceled;
    if (team.pipelines.successRate !== null && team.pipelines.successRate < 0.5) teamsBelowHalf += 1;
    if (!team.isReachable) unreachableCount += 1;
  }
  return {
    teamCount: teams.length,
    unreachableCount,
    pipelineCount: tally.total,
    successRate: computePipelineSuccessRate(tally).successRate,
    teamsBelowHalf,
  };
}
