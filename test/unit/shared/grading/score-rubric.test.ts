import { describe, expect, it } from 'vitest';
import { builtinRubric } from '../../../../shared/grading/builtin-rubric';
import type { Rubric } from '../../../../shared/grading/rubric';
import { RubricSchema } from '../../../../shared/grading/rubric';
import { scoreStudent, scoreTeam } from '../../../../shared/grading/score-rubric';
import { facts, noEntries, student, verdicts } from './grading-fixtures';

const ciCd = { ...builtinRubric, criteria: builtinRubric.criteria.filter((c) => c.name === 'CI/CD Pipeline') };

function coverageRubric(extra: Partial<Rubric> = {}): Rubric {
  return RubricSchema.parse({
    name: 'Coverage',
    step: 0.5,
    criteria: [
      {
        kind: 'automatic',
        name: 'Coverage',
        level: 'basic',
        maxPoints: 4,
        weight: 1,
        checks: [{ kind: 'teamMetric', name: 'coverage', metric: 'latestCoverage', comparison: '>=', threshold: 80, partialFrom: 40, points: 4 }],
      },
    ],
    ...extra,
  });
}

describe("the seed's CI/CD criterion", () => {
  it('gives all 10 points to a team that passes every check', () => {
    const all = verdicts({ pipelineExists: true, testsAutomated: true, coverageThreshold: true, linting: true, securityScan: true });
    const score = scoreTeam(ciCd, facts({ practices: all }), noEntries);
    expect(score.criteria[0]?.checks.map((c) => [c.name, c.points])).toEqual([
      ['pipeline_exists', 2],
      ['tests_automated', 3],
      ['coverage_threshold', 2],
      ['linting', 2],
      ['security_scan', 1],
    ]);
    expect(score.total).toBe(10);
    expect(score.maxPoints).toBe(10);
  });

  it('gives nothing to a team that passes none', () => {
    const score = scoreTeam(ciCd, facts(), noEntries);
    expect(score.total).toBe(0);
    expect(score.criteria[0]?.checks.every((c) => c.points === 0 && c.evidence.startsWith('not passed'))).toBe(true);
  });

  it('adds up the checks a team passes: pipeline 2 + linting 2 + security 1 = 5', () => {
    const some = verdicts({ pipelineExists: true, linting: true, securityScan: true, multiStage: true });
    expect(scoreTeam(ciCd, facts({ practices: some }), noEntries).total).toBe(5);
  });

  it('quotes the practice evidence beside the verdict', () => {
    const score = scoreTeam(
      ciCd,
      facts({ practices: verdicts({ testsAutomated: true }), practiceEvidence: { testsAutomated: '.gitlab-ci.yml:12 pytest' } }),
      noEntries,
    );
    expect(score.criteria[0]?.checks[1]?.evidence).toBe('passed: .gitlab-ci.yml:12 pytest');
  });
});

describe('partial credit', () => {
  const at = (coverage: number | null) => scoreTeam(coverageRubric(), facts({ teamMetrics: { latestCoverage: coverage } }), noEntries).total;

  it('is linear between the two thresholds and rounded to the step', () => {
    // (55 - 40) / (80 - 40) = 0.375 of 4 = 1.5 exactly; 60 → 2; 65 → 2.5; 67 → 2.7 → 2.5; 69 → 2.9 → 3.
    expect([at(55), at(60), at(65), at(67), at(69)]).toEqual([1.5, 2, 2.5, 2.5, 3]);
  });

  it('rounds to the nearest step, halves up: 63 → 2.3 → 2.5, 42.5 → 0.25 → 0.5', () => {
    expect(at(63)).toBe(2.5);
    expect(at(42.5)).toBe(0.5);
  });

  it('gives nothing at or below the lower threshold and everything at or above the upper one', () => {
    expect([at(0), at(40), at(80), at(100)]).toEqual([0, 0, 4, 4]);
  });

  it('gives nothing when the metric has no value, and says so', () => {
    const score = scoreTeam(coverageRubric(), facts({ teamMetrics: { latestCoverage: null } }), noEntries);
    expect(score.total).toBe(0);
    expect(score.criteria[0]?.checks[0]?.evidence).toBe('latestCoverage: no value');
  });

  it('runs the other way for a lower-is-better metric', () => {
    const rubric = RubricSchema.parse({
      name: 'Speed',
      step: 1,
      criteria: [
        {
          kind: 'automatic',
          name: 'Fast pipelines',
          level: 'basic',
          maxPoints: 10,
          weight: 1,
          checks: [{ kind: 'teamMetric', name: 'median', metric: 'medianDurationS', comparison: '<=', threshold: 300, partialFrom: 900, points: 10 }],
        },
      ],
    });
    const at = (s: number) => scoreTeam(rubric, facts({ teamMetrics: { medianDurationS: s } }), noEntries).total;
    // 600 s is halfway from 900 to 300: 5 of 10; 700 → 3.33 → 3; 1000 → 0; 200 → 10.
    expect([at(600), at(700), at(1000), at(200)]).toEqual([5, 3, 0, 10]);
  });

  it('aggregates a per-student metric over the team: the weakest student decides a min', () => {
    const teamwork = { ...builtinRubric, criteria: builtinRubric.criteria.filter((c) => c.name === 'Teamwork') };
    const students = [
      student({ commitShareOfEqualSplit: 1.5, lineShareOfEqualSplit: 1, mergeRequestsReviewed: 3 }),
      student({ commitShareOfEqualSplit: 0.5, lineShareOfEqualSplit: 1, mergeRequestsReviewed: 1 }),
    ];
    const score = scoreTeam(teamwork, facts({ students }), noEntries);
    // commits: (0.5 - 0.25) / 0.5 = 0.5 of 4 = 2; lines: 3 of 3; reviews: min 1 of 2 = 0.5 of 3 = 1.5.
    expect(score.criteria[0]?.checks.map((c) => c.points)).toEqual([2, 3, 1.5]);
    expect(score.total).toBe(6.5);
    expect(score.criteria[0]?.checks[0]?.evidence).toBe('min commitShareOfEqualSplit over 2 students: 0.5 (>= 0.75, partial from 0.25)');
  });
});

describe('weights, bonus and caps', () => {
  const weighted = RubricSchema.parse({
    name: 'Weighted',
    step: 0.5,
    bonusCap: 3,
    criteria: [
      { kind: 'manual', name: 'Report', level: 'basic', maxPoints: 10, weight: 2 },
      { kind: 'manual', name: 'Demo', level: 'recommended', maxPoints: 5, weight: 0.5 },
      {
        kind: 'automatic',
        name: 'Security',
        level: 'bonus',
        maxPoints: 2,
        weight: 1,
        checks: [{ kind: 'practice', name: 'scan', practice: 'securityScan', points: 2 }],
      },
      {
        kind: 'automatic',
        name: 'Stages',
        level: 'bonus',
        maxPoints: 2,
        weight: 1,
        checks: [{ kind: 'practice', name: 'stages', practice: 'multiStage', points: 2 }],
      },
    ],
  });
  const entries = (report: number, demo: number) => ({
    manualScores: new Map([
      ['Report', { points: report, comment: 'clear' }],
      ['Demo', { points: demo, comment: '' }],
    ]),
    overrides: new Map(),
  });

  it('counts points x weight against a maximum without the bonus: 7 x 2 + 3 x 0.5 = 15.5 of 22.5', () => {
    const score = scoreTeam(weighted, facts(), entries(7, 3));
    expect(score.total).toBe(15.5);
    expect(score.maxPoints).toBe(22.5);
    expect(score.criteria[0]).toMatchObject({ points: 14, maxPoints: 20, manualPoints: 7, comment: 'clear' });
    expect(score.criteria[1]?.comment).toBeNull();
  });

  it('adds bonus above the maximum, spending the cap in criterion order', () => {
    const both = facts({ practices: verdicts({ securityScan: true, multiStage: true }) });
    const score = scoreTeam(weighted, both, entries(10, 5));
    // 20 + 2.5 = 22.5, the maximum; bonus 2 + 2 = 4, capped at 3: Security keeps 2, Stages adds 1.
    expect(score.criteria.map((c) => c.points)).toEqual([20, 2.5, 2, 1]);
    expect(score.total).toBe(25.5);
  });

  it('adds all bonus without a cap', () => {
    const uncapped = { ...weighted, bonusCap: undefined };
    expect(scoreTeam(uncapped, facts({ practices: verdicts({ securityScan: true, multiStage: true }) }), entries(10, 5)).total).toBe(26.5);
  });

  it('counts a manual score entered under a larger maximum up to the current one', () => {
    expect(scoreTeam(weighted, facts(), entries(12, 0)).criteria[0]?.points).toBe(20);
  });

  it('treats a manual criterion nobody graded yet as 0 points with no score', () => {
    const score = scoreTeam(weighted, facts(), noEntries);
    expect(score.criteria[0]).toMatchObject({ points: 0, manualPoints: null });
  });
});

describe('overrides', () => {
  it('replace the computed points, keep them beside, and carry the reason', () => {
    const overrides = new Map([['CI/CD Pipeline', { points: 8, reason: 'CI runs on a self-hosted runner GitLab does not show' }]]);
    const score = scoreTeam(ciCd, facts({ practices: verdicts({ pipelineExists: true }) }), { manualScores: new Map(), overrides });
    expect(score.criteria[0]).toMatchObject({
      points: 8,
      computedPoints: 2,
      override: { points: 8, reason: 'CI runs on a self-hosted runner GitLab does not show' },
    });
    expect(score.total).toBe(8);
  });

  it('never count above the criterion maximum, even if the rubric shrank after the override', () => {
    const overrides = new Map([['CI/CD Pipeline', { points: 14, reason: 'was out of 15' }]]);
    expect(scoreTeam(ciCd, facts(), { manualScores: new Map(), overrides }).total).toBe(10);
  });
});

describe('student adjustments', () => {
  it('add or take points from the team total', () => {
    expect(scoreStudent(15, 20, { kind: 'points', points: 2 })).toEqual({ adjustment: 2, total: 17, percent: 85 });
    expect(scoreStudent(15, 20, { kind: 'points', points: -4.5 })).toEqual({ adjustment: -4.5, total: 10.5, percent: 52.5 });
  });

  it('multiply the team total by a factor, showing the effect in points', () => {
    expect(scoreStudent(15, 20, { kind: 'factor', factor: 0.8 })).toEqual({ adjustment: -3, total: 12, percent: 60 });
    expect(scoreStudent(15, 20, { kind: 'factor', factor: 1.15 })).toEqual({ adjustment: 2.25, total: 17.25, percent: 86.25 });
  });

  it('never take a total below zero', () => {
    expect(scoreStudent(3, 20, { kind: 'points', points: -10 })).toEqual({ adjustment: -3, total: 0, percent: 0 });
  });

  it('leave the team total as it is without one', () => {
    expect(scoreStudent(7.5, 30, null)).toEqual({ adjustment: 0, total: 7.5, percent: 25 });
  });
});

describe('the built-in template', () => {
  it('is a valid rubric whose CI/CD criterion is the seed’s, worth 10 points', () => {
    expect(RubricSchema.safeParse(builtinRubric).success).toBe(true);
    const criterion = builtinRubric.criteria[0];
    expect(criterion?.name).toContain('CI/CD');
    expect(criterion?.kind === 'automatic' && criterion.checks.map((c) => [c.name, c.points])).toEqual([
      ['pipeline_exists', 2],
      ['tests_automated', 3],
      ['coverage_threshold', 2],
      ['linting', 2],
      ['security_scan', 1],
    ]);
    expect(builtinRubric.criteria.map((c) => [c.name, c.kind])).toEqual([
      ['CI/CD Pipeline', 'automatic'],
      ['Teamwork', 'automatic'],
      ['Code quality', 'manual'],
    ]);
  });
});
