import type { iterationsApi } from '../../../shared/api/iterations-api';
import { describeIterationListProblem, describeIterationProblem, normalizeIteration } from '../../../shared/domain/iteration';
import { ApiFailure } from './api-failure';
import type { HandlerMap } from './handler-map';
import { resolveCourse } from './resolve-course';

export const iterationsHandlers: HandlerMap<typeof iterationsApi> = {
  'iterations.list': (input, { store }) => store.iterations.listIterations(resolveCourse(store, input).id),

  'iterations.add': (input, { store }) => {
    const course = resolveCourse(store, input);
    const problem = describeIterationProblem(input.iteration);
    if (problem) throw new ApiFailure('invalid_input', `${problem}.`);
    const iteration = normalizeIteration(input.iteration);
    const taken = store.iterations.listIterations(course.id).find((i) => i.name.toLowerCase() === iteration.name.toLowerCase());
    if (taken) throw new ApiFailure('conflict', `"${course.name}" already has an iteration "${taken.name}" (${taken.start} to ${taken.end}); remove it first.`);
    store.iterations.addIteration(course.id, iteration);
    return iteration;
  },

  'iterations.remove': (input, { store }) => {
    const course = resolveCourse(store, input);
    if (!store.iterations.removeIteration(course.id, input.name)) throw new ApiFailure('not_found', `"${course.name}" has no iteration "${input.name}".`);
    return { removed: true };
  },

  'iterations.replace': (input, { store }) => {
    const course = resolveCourse(store, input);
    const problem = describeIterationListProblem(input.iterations);
    if (problem) throw new ApiFailure('invalid_input', `${problem}.`);
    const iterations = input.iterations.map(normalizeIteration);
    store.transaction(() => store.iterations.replaceIterations(course.id, iterations));
    return store.iterations.listIterations(course.id);
  },
};
