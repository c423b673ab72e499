import { countPipelinesByStatus } from './count-pipelines-by-status';
import { defineTeamMetric } from './team-metric';

export const pipelinesFailed = defineTeamMetric({
  id: 'failed',
  label: 'Failed',
  unit: 'count',
  definition: 'Pipelines created in the course window that ended with status failed.',
  isHigherBetter: false,
  isInOverview: false,
  compute: (facts) => countPipelinesByStatus(facts, 'failed'),
});
