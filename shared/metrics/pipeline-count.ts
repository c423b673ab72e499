import { defineTeamMetric } from './team-metric';

export const pipelineCount = defineTeamMetric({
  id: 'total',
  label: 'Pipelines',
  unit: 'count',
  definition: 'Pipelines created in the course window, whatever their status.',
  isHigherBetter: true,
  isInOverview: false,
  compute: (facts) => facts.pipelines.length,
});
