import { countPipelinesByStatus } from './count-pipelines-by-status';
import { defineTeamMetric } from './team-metric';

/**
 * Success over finished pipelines. Skipped, manual and still-running pipelines say nothing about
 * whether the team keeps its build green, so they stay out of the denominator; a canceled pipeline
 * counts against it (GitLab's own analytics file it under "other"; GitPulse states its choice).
 */
export const pipelineSuccessRate = defineTeamMetric({
  id: 'successRate',
  label: 'Success rate',
  unit: 'ratio',
  definition: 'success / (success + failed + canceled) over the pipelines created in the course window; none when no pipeline finished that way.',
  isHigherBetter: true,
  isInOverview: true,
  compute: (facts): number | null => {
    const success = countPipelinesByStatus(facts, 'success');
    const finished = success + countPipelinesByStatus(facts, 'failed') + countPipelinesByStatus(facts, 'canceled');
    return finished === 0 ? null : success / finished;
  },
});
