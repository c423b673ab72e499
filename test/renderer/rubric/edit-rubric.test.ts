import { describe, expect, it } from 'vitest';
import { RubricSchema } from '../../../shared/grading/rubric';
import {
  addCheck,
  addCriterion,
  changeCheckKind,
  changeCriterionKind,
  moveCriterion,
  removeCheck,
  removeCriterion,
  updateCriterion,
} from '../../../renderer/features/rubric/edit-rubric';
import { computeRubricMaximum } from '../../../renderer/features/rubric/compute-rubric-maximum';
import { seedRubric } from './seed-rubric';

describe('editing a rubric draft', () => {
  it('keeps an automatic criterion’s maximum equal to its checks’ points', () => {
    const fewer = removeCheck(seedRubric, 0, 0);
    expect(fewer.criteria[0]?.maxPoints).toBe(8);
    expect(addCheck(fewer, 0).criteria[0]?.maxPoints).toBe(9);
    expect(updateCriterion(seedRubric, 0, { maxPoints: 99 }).criteria[0]?.maxPoints).toBe(10);
    expect(seedRubric.criteria[0]?.maxPoints).toBe(10);
  });

  it('adds criteria under names not yet taken, so the draft stays valid', () => {
    const twice = addCriterion(addCriterion(seedRubric, 'manual'), 'manual');
    expect(twice.criteria.map((c) => c.name).slice(2)).toEqual(['Manual criterion', 'Manual criterion 2']);
    expect(RubricSchema.safeParse(addCriterion(twice, 'automatic')).success).toBe(true);
  });

  it('reorders and removes criteria', () => {
    expect(moveCriterion(seedRubric, 1, -1).criteria.map((c) => c.name)).toEqual(['Code quality', 'CI/CD Pipeline']);
    expect(moveCriterion(seedRubric, 1, 1)).toEqual(seedRubric);
    expect(removeCriterion(seedRubric, 0).criteria.map((c) => c.name)).toEqual(['Code quality']);
  });

  it('switches a criterion between automatic and manual, and a check between bindings, validly', () => {
    const manual = changeCriterionKind(seedRubric, 0, 'manual');
    expect(manual.criteria[0]).toMatchObject({ kind: 'manual', name: 'CI/CD Pipeline', weight: 1 });
    expect(RubricSchema.safeParse(changeCriterionKind(manual, 0, 'automatic')).success).toBe(true);
    const check = changeCheckKind({ kind: 'practice', name: 'linting', practice: 'linting', points: 2 }, 'studentMetric');
    expect(check).toMatchObject({ kind: 'studentMetric', name: 'linting', points: 2 });
  });

  it('shows the weighted maximum, with bonus above it and capped', () => {
    expect(computeRubricMaximum(seedRubric)).toEqual({ maxPoints: 20, bonusPoints: 0 });
    const bonus = updateCriterion(addCriterion(seedRubric, 'manual'), 2, { level: 'bonus', weight: 2 });
    expect(computeRubricMaximum(bonus)).toEqual({ maxPoints: 20, bonusPoints: 10 });
    expect(computeRubricMaximum({ ...bonus, bonusCap: 3 })).toEqual({ maxPoints: 20, bonusPoints: 3 });
    expect(computeRubricMaximum(updateCriterion(seedRubric, 1, { weight: 3 })).maxPoints).toBe(25);
  });
});
