import type { GradedCriterion } from '../domain/course-grades';
import type { StudentAdjustment } from '../domain/grading';
import type { Rubric, RubricCriterion } from './rubric';
import { roundToHundredths, roundToStep } from './round-points';
import { scoreRubricCheck, type TeamGradingFacts } from './score-rubric-check';

/** What the instructor entered for one team, by criterion name. */
export interface TeamGradingEntries {
  manualScores: ReadonlyMap<string, { points: number | null; comment: string }>;
  overrides: ReadonlyMap<string, { points: number; reason: string }>;
}

export interface TeamScore {
  criteria: GradedCriterion[];
  total: number;
  /** Sum of the basic and recommended criteria's weighted maxima; bonus points come on top. */
  maxPoints: number;
}

/** The maximum a team can reach without bonus: sum of maxPoints x weight over non-bonus criteria. */
export function computeRubricMaxPoints(rubric: Rubric): number {
  return roundToHundredths(rubric.criteria.reduce((total, c) => total + (c.level === 'bonus' ? 0 : c.maxPoints * c.weight), 0));
}

function scoreCriterion(criterion: RubricCriterion, rubric: Rubric, facts: TeamGradingFacts, entries: TeamGradingEntries): GradedCriterion {
  const maxPoints = roundToHundredths(criterion.maxPoints * criterion.weight);
  const override = entries.overrides.get(criterion.name) ?? null;
  if (criterion.kind === 'manual') {
    const entered = entries.manualScores.get(criterion.name);
    const manualPoints = entered?.points ?? null;
    // A score entered under an earlier, larger maximum counts up to the current one.
    const raw = manualPoints === null ? 0 : Math.min(manualPoints, criterion.maxPoints);
    const computedPoints = roundToHundredths(raw * criterion.weight);
    return {
      name: criterion.name,
      level: criterion.level,
      points: override ? Math.min(override.points, maxPoints) : computedPoints,
      maxPoints,
      kind: 'manual',
      checks: [],
      computedPoints,
      manualPoints,
      comment: entered?.comment ? entered.comment : null,
      override: override && { points: override.points, reason: override.reason },
    };
  }
  const checks = criterion.checks.map((check) => scoreRubricCheck(check, facts, rubric.step));
  // Millionths only drop the noise of adding binary fractions; each check is already on the step.
  const raw = Math.min(
    criterion.maxPoints,
    roundToStep(
      checks.reduce((total, c) => total + c.points, 0),
      1e-6,
    ),
  );
  const computedPoints = roundToHundredths(raw * criterion.weight);
  return {
    name: criterion.name,
    level: criterion.level,
    points: override ? Math.min(override.points, maxPoints) : computedPoints,
    maxPoints,
    kind: 'automatic',
    checks,
    computedPoints,
    manualPoints: null,
    comment: null,
    override: override && { points: override.points, reason: override.reason },
  };
}

/**
 * One team's grade under a rubric: each criterion's points x weight (or the instructor's override,
 * never above the criterion's weighted maximum), summed. Bonus criteria add above the maximum; with
 * a bonus cap, the cap is spent in criterion order, so each criterion shows what it actually added
 * and the criteria always sum to the total.
 */
export function scoreTeam(rubric: Rubric, facts: TeamGradingFacts, entries: TeamGradingEntries): TeamScore {
  let bonusLeft = rubric.bonusCap ?? Number.POSITIVE_INFINITY;
  const criteria = rubric.criteria.map((criterion) => {
    const graded = scoreCriterion(criterion, rubric, facts, entries);
    if (criterion.level !== 'bonus') return graded;
    const points = roundToHundredths(Math.min(graded.points, bonusLeft));
    bonusLeft -= points;
    return { ...graded, points };
  });
  return { criteria, total: roundToHundredths(criteria.reduce((total, c) => total + c.points, 0)), maxPoints: computeRubricMaxPoints(rubric) };
}

export interface StudentScore {
  /** The adjustment in points (a factor's effect on the team total); 0 without one. */
  adjustment: number;
  total: number;
  percent: number;
}

/**
 * A student's total: the team total plus their adjustment, a number of points or the team total
 * times (factor - 1), never below zero. Percent is of the team's maximum, so bonus can pass 100.
 */
export function scoreStudent(teamTotal: number, maxPoints: number, adjustment: StudentAdjustment | null): StudentScore {
  const points = adjustment === null ? 0 : adjustment.kind === 'points' ? adjustment.points : teamTotal * (adjustment.factor - 1);
  const total = roundToHundredths(Math.max(0, teamTotal + points));
  const applied = roundToHundredths(total - teamTotal);
  return { adjustment: applied, total, percent: maxPoints > 0 ? roundToHundredths((total / maxPoints) * 100) : 0 };
}
