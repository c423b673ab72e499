import type { Rubric } from '../../../shared/grading/rubric';

/**
 * A rubric whose one check grows with a team's pipeline count: 1 point per 100 pipelines (partial
 * credit from 0 towards a threshold no team reaches), so any new pipeline shows in the grade.
 */
export const activityRubric: Rubric = {
  name: 'Activity',
  step: 0.01,
  criteria: [
    {
      kind: 'automatic',
      name: 'Pipelines',
      level: 'basic',
      maxPoints: 1000,
      weight: 1,
      checks: [{ kind: 'teamMetric', name: 'pipelines', metric: 'total', comparison: '>=', threshold: 100_000, partialFrom: 0, points: 1000 }],
    },
    { kind: 'manual', name: 'Report', level: 'recommended', maxPoints: 10, weight: 2 },
  ],
};
