import type { Rubric } from './rubric';

/**
 * The rubric every course starts with until the instructor saves their own. "CI/CD Pipeline" is the
 * seed's criterion exactly (10 points: pipeline_exists 2, tests_automated 3, coverage_threshold 2,
 * linting 2, security_scan 1), bound to the practice checks of docs/metrics.md; the coverage check
 * passes at the course's coverage threshold (60 % unless the course sets another). "Teamwork" reads
 * the contribution shares as multiples of an equal split, so the same thresholds fit a team of 3 or 5.
 */
export const builtinRubric: Rubric = {
  name: 'GitPulse default',
  description: 'CI/CD practices from the pipeline configuration, teamwork from the contribution figures, and code quality graded by hand.',
  step: 0.5,
  criteria: [
    {
      kind: 'automatic',
      name: 'CI/CD Pipeline',
      description: 'The practices the team’s .gitlab-ci.yml and pipelines show.',
      level: 'basic',
      maxPoints: 10,
      weight: 1,
      checks: [
        { kind: 'practice', name: 'pipeline_exists', description: 'Pipeline is configured', practice: 'pipelineExists', points: 2 },
        { kind: 'practice', name: 'tests_automated', description: 'Automated tests', practice: 'testsAutomated', points: 3 },
        { kind: 'practice', name: 'coverage_threshold', description: 'Coverage at or above the course threshold', practice: 'coverageThreshold', points: 2 },
        { kind: 'practice', name: 'linting', description: 'Code quality checks', practice: 'linting', points: 2 },
        { kind: 'practice', name: 'security_scan', description: 'Security scanning', practice: 'securityScan', points: 1 },
      ],
    },
    {
      kind: 'automatic',
      name: 'Teamwork',
      description: 'Whether every current student took a fair part of the commits, the changed lines and the reviews.',
      level: 'recommended',
      maxPoints: 10,
      weight: 1,
      checks: [
        {
          kind: 'studentMetric',
          name: 'commit_share',
          description: 'The smallest commit share reaches 3/4 of an equal split (partial credit from 1/4)',
          metric: 'commitShareOfEqualSplit',
          aggregate: 'min',
          comparison: '>=',
          threshold: 0.75,
          partialFrom: 0.25,
          points: 4,
        },
        {
          kind: 'studentMetric',
          name: 'line_share',
          description: 'The smallest line share reaches 3/4 of an equal split (partial credit from 1/4)',
          metric: 'lineShareOfEqualSplit',
          aggregate: 'min',
          comparison: '>=',
          threshold: 0.75,
          partialFrom: 0.25,
          points: 3,
        },
        {
          kind: 'studentMetric',
          name: 'merge_requests_reviewed',
          description: 'Every student reviewed at least 2 merge requests (partial credit from 0)',
          metric: 'mergeRequestsReviewed',
          aggregate: 'min',
          comparison: '>=',
          threshold: 2,
          partialFrom: 0,
          points: 3,
        },
      ],
    },
    {
      kind: 'manual',
      name: 'Code quality',
      description: 'Readability, structure and tests of the code, judged by the instructor.',
      level: 'recommended',
      maxPoints: 10,
      weight: 1,
    },
  ],
};
