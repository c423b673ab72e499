import type { Course } from '../../../shared/domain/course';
import type { CourseGrades } from '../../../shared/domain/course-grades';
import { ApiFailure } from '../api/api-failure';
import type { Store } from '../store/create-store';

/** Where every grade sheet's figures come from: grading the course, as of a deadline when given. */
export type CourseGradesSource = (store: Store, course: Course, options: { asOf?: string }) => CourseGrades | Promise<CourseGrades>;

/*
 * THE seam between the exports and the grading core. The grading core (electron/core/grading/,
 * `loadCourseGrades(store, course, { asOf }, nowMs?)`) is built on another branch; when it is
 * merged, this whole file becomes:
 *
 *   export { loadCourseGrades as loadGradesForExport } from '../grading/load-course-grades';
 *
 * plus the type above. Until then the grade formats say plainly that grading is missing instead of
 * writing a sheet with made-up numbers; the metrics CSV does not come through here and works.
 */
export const loadGradesForExport: CourseGradesSource = (_store, course) => {
  throw new ApiFailure('internal', `Grade sheets for "${course.name}" need the grading core, which this build of GitPulse does not include yet.`);
};
