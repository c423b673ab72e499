import { describe, expect, it } from 'vitest';
import type { Rubric } from '../../../shared/grading/rubric';
import { collectRubricIssues, describePath, fieldKey } from '../../../renderer/features/rubric/collect-rubric-issues';
import { replaceCheck, updateCriterion } from '../../../renderer/features/rubric/edit-rubric';
import { seedRubric } from './seed-rubric';

function checkAt(rubric: Rubric, i: number, j: number) {
  const criterion = rubric.criteria[i];
  if (criterion?.kind !== 'automatic') throw new Error(`criteria[${i}] is not automatic`);
  const check = criterion.checks[j];
  if (!check) throw new Error(`no check ${j}`);
  return check;
}

describe('validation messages in the rubric editor', () => {
  it('finds nothing wrong with the seed rubric', () => {
    expect(collectRubricIssues(seedRubric)).toEqual({ byField: new Map(), first: undefined, count: 0 });
  });

  it('puts negative points on the check’s points field', () => {
    const rubric = replaceCheck(seedRubric, 0, 1, { ...checkAt(seedRubric, 0, 1), points: -3 });
    const issues = collectRubricIssues(rubric);
    expect(issues.byField.get('criteria.0.checks.1.points')).toBe('must be >= 0');
    expect(issues.first).toBe('criteria[0].checks[1].points: must be >= 0');
  });

  it('puts a coverage threshold above 100 % on the threshold field, naming the range', () => {
    const rubric = replaceCheck(seedRubric, 0, 2, { ...checkAt(seedRubric, 0, 2), threshold: 140 } as ReturnType<typeof checkAt>);
    expect(collectRubricIssues(rubric).byField.get('criteria.0.checks.2.threshold')).toBe('must be between 0 and 100 for latestCoverage');
  });

  it('flags an empty criterion name and a duplicate one on the name field', () => {
    expect(collectRubricIssues(updateCriterion(seedRubric, 1, { name: '  ' })).byField.get('criteria.1.name')).toBe('must not be empty');
    const duplicate = collectRubricIssues(updateCriterion(seedRubric, 1, { name: 'ci/cd pipeline' }));
    expect(duplicate.byField.get('criteria.1.name')).toBe('duplicates the name of criteria[0]');
    expect(duplicate.byField.has('criteria.0.name')).toBe(false);
  });

  it('asks for a number where a field was emptied', () => {
    const issues = collectRubricIssues(updateCriterion(seedRubric, 1, { weight: Number.NaN }));
    expect(issues.byField.get('criteria.1.weight')).toBe('must be a number');
  });

  it('writes keys and places the way the fields and the core name them', () => {
    expect(fieldKey(['criteria', 2, 'checks', 0, 'points'])).toBe('criteria.2.checks.0.points');
    expect(describePath(['criteria', 2, 'checks', 0, 'points'])).toBe('criteria[2].checks[0].points');
    expect(describePath([])).toBe('');
  });
});
