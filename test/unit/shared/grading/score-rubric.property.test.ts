import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { practiceNames } from '../../../../shared/domain/practices';
import type { Rubric } from '../../../../shared/grading/rubric';
import { RubricSchema } from '../../../../shared/grading/rubric';
import { scoreStudent, scoreTeam } from '../../../../shared/grading/score-rubric';
import { scoreMetricValue } from '../../../../shared/grading/score-rubric-check';
import { facts, noEntries, verdicts } from './grading-fixtures';

const step = fc.constantFrom(0.25, 0.5, 1);
const points = fc.integer({ min: 0, max: 20 });

const metricCheck = fc
  .record({ threshold: fc.integer({ min: 1, max: 100 }), gap: fc.integer({ min: 1, max: 100 }), points, isLowerBetter: fc.boolean() })
  .map(({ threshold, gap, points, isLowerBetter }) => ({
    kind: 'teamMetric' as const,
    name: 'check',
    metric: 'total' as const,
    comparison: isLowerBetter ? ('<=' as const) : ('>=' as const),
    threshold,
    partialFrom: isLowerBetter ? threshold + gap : Math.max(0, threshold - gap),
    points,
  }))
  .filter((c) => c.partialFrom !== c.threshold);

const rubric: fc.Arbitrary<Rubric> = fc
  .record({
    step,
    bonusCap: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
    criteria: fc.array(
      fc.record({
        level: fc.constantFrom('basic' as const, 'recommended' as const, 'bonus' as const),
        weight: fc.constantFrom(0, 0.5, 1, 1.5, 2),
        checks: fc.array(fc.record({ practice: fc.constantFrom(...practiceNames), points }), { minLength: 1, maxLength: 4 }),
      }),
      { minLength: 1, maxLength: 5 },
    ),
  })
  .map(({ step, bonusCap, criteria }) => ({
    name: 'Generated',
    step,
    ...(bonusCap === undefined ? {} : { bonusCap }),
    criteria: [
      { kind: 'manual' as const, name: 'Base', level: 'basic' as const, maxPoints: 10, weight: 1 },
      ...criteria.map((c, i) => ({
        kind: 'automatic' as const,
        name: `Criterion ${i}`,
        level: c.level,
        weight: c.weight,
        maxPoints: c.checks.reduce((sum, check) => sum + check.points, 0),
        checks: c.checks.map((check, j) => ({ kind: 'practice' as const, name: `check ${j}`, ...check })),
      })),
    ],
  }))
  .filter((r) => RubricSchema.safeParse(r).success);

const passed = fc.record(Object.fromEntries(practiceNames.map((n) => [n, fc.boolean()])) as Record<(typeof practiceNames)[number], fc.Arbitrary<boolean>>);

describe('scoring, for any rubric and team', () => {
  it('sums the criteria to the total, each within 0 and its weighted maximum', () => {
    fc.assert(
      fc.property(rubric, passed, (r, p) => {
        const score = scoreTeam(r, facts({ practices: verdicts(p) }), noEntries);
        const sum = score.criteria.reduce((total, c) => total + c.points, 0);
        expect(score.total).toBeCloseTo(sum, 6);
        for (const c of score.criteria) {
          expect(c.points).toBeGreaterThanOrEqual(0);
          expect(c.points).toBeLessThanOrEqual(c.maxPoints + 1e-9);
        }
      }),
    );
  });

  it('never adds more bonus than the cap above the maximum', () => {
    fc.assert(
      fc.property(rubric, passed, (r, p) => {
        const score = scoreTeam(r, facts({ practices: verdicts(p) }), noEntries);
        const bonus = score.criteria.filter((c) => c.level === 'bonus').reduce((total, c) => total + c.points, 0);
        if (r.bonusCap !== undefined) expect(bonus).toBeLessThanOrEqual(r.bonusCap + 1e-9);
        expect(score.total - bonus).toBeLessThanOrEqual(score.maxPoints + 1e-9);
      }),
    );
  });

  it('never lowers a team for passing one more check', () => {
    fc.assert(
      fc.property(rubric, passed, fc.constantFrom(...practiceNames), (r, p, extra) => {
        const before = scoreTeam(r, facts({ practices: verdicts(p) }), noEntries);
        const after = scoreTeam(r, facts({ practices: verdicts({ ...p, [extra]: true }) }), noEntries);
        expect(after.total).toBeGreaterThanOrEqual(before.total - 1e-9);
      }),
    );
  });
});

describe('partial credit, for any check and value', () => {
  it('stays on the step, within 0 and the points, and never falls as the value improves', () => {
    fc.assert(
      fc.property(metricCheck, step, fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 300 }), (check, s, a, b) => {
        const score = (v: number) => scoreMetricValue(check, v, s);
        const [worse, better] = check.comparison === '>=' ? [Math.min(a, b), Math.max(a, b)] : [Math.max(a, b), Math.min(a, b)];
        expect(score(better)).toBeGreaterThanOrEqual(score(worse));
        for (const v of [a, b]) {
          const points = score(v);
          expect(points).toBeGreaterThanOrEqual(0);
          expect(points).toBeLessThanOrEqual(check.points);
          if (points !== check.points) expect(Math.abs(points / s - Math.round(points / s))).toBeLessThan(1e-9);
        }
      }),
    );
  });
});

describe('a student total, for any adjustment', () => {
  it('is never negative and differs from the team total by exactly the adjustment shown', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100),
        fc.oneof(
          fc.integer({ min: -2000, max: 2000 }).map((n) => ({ kind: 'points' as const, points: n / 100 })),
          fc.integer({ min: 0, max: 200 }).map((n) => ({ kind: 'factor' as const, factor: n / 100 })),
        ),
        (teamTotal, adjustment) => {
          const s = scoreStudent(teamTotal, 100, adjustment);
          expect(s.total).toBeGreaterThanOrEqual(0);
          expect(s.total).toBeCloseTo(teamTotal + s.adjustment, 6);
        },
      ),
    );
  });
});
