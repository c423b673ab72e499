import type { Rubric } from '../../../shared/grading/rubric';

/** The seed's CI/CD criterion (shared/seeds/ci-cd-integration.txt) plus a manual one, as an instructor would type them. */
export const seedRubric: Rubric = {
  name: 'Software engineering project',
  step: 0.5,
  criteria: [
    {
      kind: 'automatic',
      name: 'CI/CD Pipeline',
      level: 'basic',
      weight: 1,
      maxPoints: 10,
      checks: [
        { kind: 'practice', name: 'pipeline_exists', practice: 'pipelineExists', points: 2 },
        { kind: 'practice', name: 'tests_automated', practice: 'testsAutomated', points: 3 },
        { kind: 'teamMetric', name: 'coverage_threshold', metric: 'latestCoverage', comparison: '>=', threshold: 60, partialFrom: 30, points: 2 },
        { kind: 'practice', name: 'linting', practice: 'linting', points: 2 },
        { kind: 'practice', name: 'security_scan', practice: 'securityScan', points: 1 },
      ],
    },
    { kind: 'manual', name: 'Code quality', level: 'recommended', weight: 2, maxPoints: 5 },
  ],
};
