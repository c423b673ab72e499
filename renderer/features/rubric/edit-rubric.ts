import type { AutomaticRubricCriterion, Rubric, RubricCheck, RubricCriterion } from '../../../shared/grading/rubric';

/*
 * Pure edits of a rubric draft: each returns a new rubric and leaves its argument untouched, so the
 * history can keep every snapshot. An automatic criterion's maximum is always the sum of its checks'
 * points (the schema insists on it), so every edit of a check recomputes it rather than asking the
 * instructor to keep two numbers in step.
 */

export type CheckKind = RubricCheck['kind'];
export type CriterionKind = RubricCriterion['kind'];

function sumOfChecks(checks: readonly RubricCheck[]): number {
  return checks.reduce((total, check) => total + check.points, 0);
}

function withChecks(criterion: AutomaticRubricCriterion, checks: RubricCheck[]): AutomaticRubricCriterion {
  return { ...criterion, checks, maxPoints: sumOfChecks(checks) };
}

function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((current, i) => (i === index ? item : current));
}

function moveWithin<T>(items: readonly T[], index: number, offset: number): T[] {
  const target = index + offset;
  const item = items[index];
  if (item === undefined || target < 0 || target >= items.length) return [...items];
  const rest = items.filter((_, i) => i !== index);
  return [...rest.slice(0, target), item, ...rest.slice(target)];
}

/** A name not yet taken, so a fresh row does not start out as a duplicate. */
export function freshName(base: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((name) => name.trim().toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let n = 2; ; n += 1) if (!lower.has(`${base} ${n}`.toLowerCase())) return `${base} ${n}`;
}

export function makeCheck(kind: CheckKind, name: string, points: number): RubricCheck {
  switch (kind) {
    case 'practice':
      return { kind, name, practice: 'pipelineExists', points };
    case 'teamMetric':
      return { kind, name, metric: 'successRate', comparison: '>=', threshold: 0.8, points };
    case 'studentMetric':
      return { kind, name, metric: 'commitShareOfEqualSplit', aggregate: 'min', comparison: '>=', threshold: 0.5, points };
  }
}

export function makeCriterion(kind: CriterionKind, name: string): RubricCriterion {
  const common = { name, level: 'basic' as const, weight: 1 };
  if (kind === 'manual') return { kind, ...common, maxPoints: 5 };
  const check = makeCheck('practice', 'Pipeline exists', 2);
  return { kind, ...common, checks: [check], maxPoints: check.points };
}

export function addCriterion(rubric: Rubric, kind: CriterionKind): Rubric {
  const name = freshName(
    kind === 'manual' ? 'Manual criterion' : 'Automatic criterion',
    rubric.criteria.map((c) => c.name),
  );
  return { ...rubric, criteria: [...rubric.criteria, makeCriterion(kind, name)] };
}

export function removeCriterion(rubric: Rubric, index: number): Rubric {
  return { ...rubric, criteria: rubric.criteria.filter((_, i) => i !== index) };
}

export function moveCriterion(rubric: Rubric, index: number, offset: number): Rubric {
  return { ...rubric, criteria: moveWithin(rubric.criteria, index, offset) };
}

/** Name, description, level, weight, and maxPoints of a manual criterion. */
export function updateCriterion(
  rubric: Rubric,
  index: number,
  patch: Partial<Pick<RubricCriterion, 'name' | 'description' | 'level' | 'weight' | 'maxPoints'>>,
): Rubric {
  const criterion = rubric.criteria[index];
  if (!criterion) return rubric;
  const next = { ...criterion, ...patch } as RubricCriterion;
  // An automatic criterion's maximum follows its checks, whatever the patch said.
  const settled = next.kind === 'automatic' ? withChecks(next, next.checks) : next;
  return { ...rubric, criteria: replaceAt(rubric.criteria, index, settled) };
}

/** Turning a criterion manual drops its checks; turning it automatic starts it with one check. */
export function changeCriterionKind(rubric: Rubric, index: number, kind: CriterionKind): Rubric {
  const criterion = rubric.criteria[index];
  if (!criterion || criterion.kind === kind) return rubric;
  const fresh = makeCriterion(kind, criterion.name);
  const next = {
    ...fresh,
    level: criterion.level,
    weight: criterion.weight,
    ...(criterion.description !== undefined && { description: criterion.description }),
  };
  return { ...rubric, criteria: replaceAt(rubric.criteria, index, next) };
}

function editChecks(rubric: Rubric, index: number, change: (checks: readonly RubricCheck[]) => RubricCheck[]): Rubric {
  const criterion = rubric.criteria[index];
  if (criterion?.kind !== 'automatic') return rubric;
  return { ...rubric, criteria: replaceAt(rubric.criteria, index, withChecks(criterion, change(criterion.checks))) };
}

export function addCheck(rubric: Rubric, index: number): Rubric {
  return editChecks(rubric, index, (checks) => [
    ...checks,
    makeCheck(
      'practice',
      freshName(
        'New check',
        checks.map((c) => c.name),
      ),
      1,
    ),
  ]);
}

export function removeCheck(rubric: Rubric, index: number, checkIndex: number): Rubric {
  return editChecks(rubric, index, (checks) => checks.filter((_, j) => j !== checkIndex));
}

export function moveCheck(rubric: Rubric, index: number, checkIndex: number, offset: number): Rubric {
  return editChecks(rubric, index, (checks) => moveWithin(checks, checkIndex, offset));
}

export function replaceCheck(rubric: Rubric, index: number, checkIndex: number, check: RubricCheck): Rubric {
  return editChecks(rubric, index, (checks) => replaceAt(checks, checkIndex, check));
}

/** A check bound to something else keeps its name, description and points; the binding starts at defaults. */
export function changeCheckKind(check: RubricCheck, kind: CheckKind): RubricCheck {
  if (check.kind === kind) return check;
  const next = makeCheck(kind, check.name, check.points);
  return check.description === undefined ? next : { ...next, description: check.description };
}
