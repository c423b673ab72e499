import type { Rubric, RubricCriterion } from '../../../shared/grading/rubric';

/** What a criterion adds at most once weighted. */
export function weightedMaximum(criterion: RubricCriterion): number {
  return criterion.maxPoints * criterion.weight;
}

export interface RubricMaximum {
  /** What the total is shown against: basic and recommended criteria, weighted. */
  maxPoints: number;
  /** The most bonus criteria can add above it, after the cap. */
  bonusPoints: number;
}

/** Mirrors the scoring rule (issue 12: total = sum of points x weight, bonus above the maximum, optionally capped). */
export function computeRubricMaximum(rubric: Rubric): RubricMaximum {
  let maxPoints = 0;
  let bonus = 0;
  for (const criterion of rubric.criteria) {
    const points = weightedMaximum(criterion);
    if (!Number.isFinite(points)) continue;
    if (criterion.level === 'bonus') bonus += points;
    else maxPoints += points;
  }
  const cap = rubric.bonusCap;
  return { maxPoints, bonusPoints: cap !== undefined && Number.isFinite(cap) ? Math.min(bonus, cap) : bonus };
}
