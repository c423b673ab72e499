import type { Course } from '../../../shared/domain/course';
import { CourseGradesSchema, type CourseGrades } from '../../../shared/domain/course-grades';
import type { Store } from '../store/create-store';
import { computeCourseGrades } from './compute-course-grades';
import { readCourseRubric } from './course-rubric';

export interface GradesRequest {
  /** The instant activity counts up to (exclusive): `YYYY-MM-DD` or ISO 8601; ignored while frozen. */
  asOf?: string | undefined;
}

/**
 * The course's grades as every sheet is written from them: the frozen sheet, unchanged, while the
 * course is frozen (whatever `asOf` asks, since the freeze fixed its own); otherwise computed now
 * under the rubric in force.
 */
export function loadCourseGrades(store: Store, course: Course, request: GradesRequest = {}, nowMs = Date.now()): CourseGrades {
  const frozen = store.grades.findFreeze(course.id);
  if (frozen) return CourseGradesSchema.parse(JSON.parse(frozen.gradesJson));
  return computeCourseGrades(store, course, readCourseRubric(store, course.id), request.asOf, nowMs);
}
