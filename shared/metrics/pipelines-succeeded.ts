import { countPipelinesByStatus } from './count-pipelines-by-status';
import { defineTeamMetric } from './team-metric';

export const pipelinesSucceeded = defineTeamMetric({
  id: 'success',
  label: 'Succeeded',
  unit: 'count',
  definition: 'Pipelines created in the course window that ended with status success.',
  isHigherBetter: true,
  isInOverview: false,
  compute: (facts) => countPipelinesByStatus(facts, 'success'),
});
