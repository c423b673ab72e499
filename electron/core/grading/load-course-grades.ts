import type { Course } from '../../../shared/domain/course';
import { CourseGradesSchema, type CourseGrades } from '../../../shared/domain/course-grades';
import type { Store } from '../store/create-store';
import { computeCourseGrades } from './compute-course-grades';
import { readScopeRubric } from './course-rubric';
import { resolveGradingScope, type GradingScope } from './grading-scope';

export interface GradesRequest {
  /** The instant activity counts up to (exclusive): `YYYY-MM-DD` or ISO 8601; ignored while frozen. */
  asOf?: string | undefined;
  /** One of the course's iterations, by name (any case); the whole course when left out. */
  iteration?: string | undefined;
}

/** A frozen sheet as stored; sheets frozen before iterations could be graded are the whole course's. */
export function parseFrozenSheet(gradesJson: string): CourseGrades {
  return CourseGradesSchema.parse({ iteration: null, ...(JSON.parse(gradesJson) as object) });
}

/** A scope's grades: its frozen sheet while frozen, else computed now under its rubric in force. */
export function loadScopeGrades(store: Store, scope: GradingScope, asOf: string | undefined, nowMs = Date.now()): CourseGrades {
  const frozen = store.grades.findFreeze(scope.course.id, scope.key);
  if (frozen) return parseFrozenSheet(frozen.gradesJson);
  return computeCourseGrades(store, scope, readScopeRubric(store, scope), asOf, nowMs);
}

/**
 * The course's (or one iteration's) grades as every sheet is written from them: the frozen sheet,
 * unchanged, while frozen (whatever `asOf` asks, since the freeze fixed its own); otherwise
 * computed now under the rubric in force.
 */
export function loadCourseGrades(store: Store, course: Course, request: GradesRequest = {}, nowMs = Date.now()): CourseGrades {
  return loadScopeGrades(store, resolveGradingScope(store, course, request.iteration), request.asOf, nowMs);
}
