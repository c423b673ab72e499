import type { Course } from '../../../shared/domain/course';
import type { Iteration } from '../../../shared/domain/iteration';
import { ApiFailure } from '../api/api-failure';
import { resolveIterationGradingWindow, type WindowRequest } from '../metrics/resolve-metrics-window';
import type { Store } from '../store/create-store';

/**
 * What a grading call is about: a course, or one of its iterations. Each scope keeps its own rubric
 * versions, scores, overrides, adjustments, freeze and audit entries, stored under `key`: the
 * iteration's name as the course stores it, or '' for the whole course (migration 0014).
 */
export interface GradingScope {
  course: Course;
  iteration: Iteration | null;
  key: string;
}

export function wholeCourseScope(course: Course): GradingScope {
  return { course, iteration: null, key: '' };
}

/** The iteration named (case-insensitively, like a course), or the whole course without a name. */
export function resolveGradingScope(store: Store, course: Course, iterationName: string | undefined): GradingScope {
  if (iterationName === undefined) return wholeCourseScope(course);
  const wanted = iterationName.trim().toLowerCase();
  const iteration = store.iterations.listIterations(course.id).find((i) => i.name.toLowerCase() === wanted);
  if (!iteration) throw new ApiFailure('not_found', `The course has no iteration "${iterationName.trim()}".`);
  return { course, iteration, key: iteration.name };
}

/** The scope in words for messages and audit text: `"CS 2026"` or `iteration "Sprint 1" of "CS 2026"`. */
export function describeScope(scope: GradingScope): string {
  return scope.iteration ? `iteration "${scope.iteration.name}" of "${scope.course.name}"` : `"${scope.course.name}"`;
}

/** The metrics window a scope's grades count in, up to `asOf` when given. */
export function resolveGradingWindow(scope: GradingScope, asOf: string | undefined, nowMs: number): WindowRequest {
  return scope.iteration ? resolveIterationGradingWindow(scope.iteration, asOf, nowMs) : { to: asOf };
}
