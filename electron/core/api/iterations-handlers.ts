import type { iterationsApi } from '../../../shared/api/iterations-api';
import type { Course } from '../../../shared/domain/course';
import {
  describeIterationListProblem,
  describeIterationProblem,
  describeWeightProblem,
  isIterationWeight,
  normalizeIteration,
} from '../../../shared/domain/iteration';
import type { Store } from '../store/create-store';
import { ApiFailure } from './api-failure';
import type { HandlerMap } from './handler-map';
import { resolveCourse } from './resolve-course';

function countOf(n: number, one: string, many: string): string | null {
  return n === 0 ? null : `${n} ${n === 1 ? one : many}`;
}

/**
 * Removing an iteration deletes its grading data with it (a re-added iteration of the same name must
 * not inherit an old sheet), so that is refused unless forced, naming what would be lost. The message
 * names no surface: the CLI adds its flag and the app offers a button. Runs inside the caller's transaction.
 */
function removeGradingData(store: Store, course: Course, name: string, force: boolean): void {
  const counts = store.grades.countScopeData(course.id, name);
  const lost = [
    countOf(counts.rubricVersions, 'rubric version', 'rubric versions'),
    countOf(counts.manualScores, 'manual score', 'manual scores'),
    countOf(counts.overrides, 'override', 'overrides'),
    countOf(counts.adjustments, 'adjustment', 'adjustments'),
    counts.frozen ? 'its frozen grades' : null,
  ].filter((part): part is string => part !== null);
  if (lost.length > 0 && !force) {
    throw new ApiFailure('conflict', `Iteration "${name}" of "${course.name}" has grading data (${lost.join(', ')}) that removing it would delete.`);
  }
  store.grades.removeScopeData(course.id, name);
}

export const iterationsHandlers: HandlerMap<typeof iterationsApi> = {
  'iterations.list': (input, { store }) => store.iterations.listIterations(resolveCourse(store, input).id),

  'iterations.add': (input, { store }) => {
    const course = resolveCourse(store, input);
    const problem = describeIterationProblem(input.iteration);
    if (problem) throw new ApiFailure('invalid_input', `${problem}.`);
    const iteration = normalizeIteration(input.iteration);
    const taken = store.iterations.listIterations(course.id).find((i) => i.name.toLowerCase() === iteration.name.toLowerCase());
    if (taken) throw new ApiFailure('conflict', `"${course.name}" already has an iteration "${taken.name}" (${taken.start} to ${taken.end}); remove it first.`);
    store.transaction(() => {
      // Left behind by a removal before grading data went with it: never let a new iteration inherit it.
      store.grades.removeScopeData(course.id, iteration.name);
      store.iterations.addIteration(course.id, iteration);
    });
    return iteration;
  },

  'iterations.remove': (input, { store }) => {
    const course = resolveCourse(store, input);
    store.transaction(() => {
      const found = store.iterations.listIterations(course.id).find((i) => i.name.toLowerCase() === input.name.toLowerCase());
      if (!found) throw new ApiFailure('not_found', `"${course.name}" has no iteration "${input.name}".`);
      removeGradingData(store, course, found.name, input.force === true);
      store.iterations.removeIteration(course.id, found.name);
    });
    return { removed: true };
  },

  'iterations.replace': (input, { store }) => {
    const course = resolveCourse(store, input);
    const problem = describeIterationListProblem(input.iterations);
    if (problem) throw new ApiFailure('invalid_input', `${problem}.`);
    store.transaction(() => {
      const stored = store.iterations.listIterations(course.id);
      // A form that does not show weights keeps them: an iteration given without one keeps its stored weight.
      const weightOf = new Map(stored.map((i) => [i.name.toLowerCase(), i.weight]));
      const iterations = input.iterations.map((i) => {
        const normalized = normalizeIteration(i);
        return i.weight === undefined ? { ...normalized, weight: weightOf.get(normalized.name.toLowerCase()) ?? 1 } : normalized;
      });
      const kept = new Set(iterations.map((i) => i.name.toLowerCase()));
      // A renamed iteration is a removed one here: its grading data stays with the old name, so it goes.
      for (const old of stored) {
        if (!kept.has(old.name.toLowerCase())) removeGradingData(store, course, old.name, input.force === true);
      }
      store.iterations.replaceIterations(course.id, iterations);
    });
    return store.iterations.listIterations(course.id);
  },

  'iterations.setWeight': (input, { store }) => {
    const course = resolveCourse(store, input);
    const found = store.iterations.listIterations(course.id).find((i) => i.name.toLowerCase() === input.name.toLowerCase());
    if (!found) throw new ApiFailure('not_found', `"${course.name}" has no iteration "${input.name}".`);
    const weight = input.weight;
    if (!isIterationWeight(weight)) throw new ApiFailure('invalid_input', `${describeWeightProblem(`"${found.name}"`, weight ?? null) ?? 'Not a weight'}.`);
    store.transaction(() => store.iterations.setIterationWeight(course.id, found.name, weight));
    return { ...found, weight };
  },
};
