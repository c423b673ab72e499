import { countPipelinesByStatus } from './count-pipelines-by-status';
import { defineTeamMetric } from './team-metric';

export const pipelinesCanceled = defineTeamMetric({
  id: 'canceled',
  label: 'Canceled',
  unit: 'count',
  definition: 'Pipelines created in the course window that were canceled before they finished.',
  isHigherBetter: false,
  isInOverview: false,
  compute: (facts) => countPipelinesByStatus(facts, 'canceled'),
});
