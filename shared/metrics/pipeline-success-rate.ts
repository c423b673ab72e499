import type { PipelineCounts } from '../domain/team-metrics';

/** Pipeline statuses GitLab reports; only the terminal three below count towards the success rate. */
export interface PipelineStatusTally {
  total: number;
  success: number;
  failed: number;
  canceled: number;
}

/**
 * Success rate over finished pipelines: skipped, manual and still-running pipelines say nothing about
 * whether the team keeps its build green, so they are left out of the denominator.
 */
export function computePipelineSuccessRate(tally: PipelineStatusTally): PipelineCounts {
  const finished = tally.success + tally.failed + tally.canceled;
  return { ...tally, successRate: finished === 0 ? null : tally.success / finished };
}
