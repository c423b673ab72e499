import type { Course } from '../../../shared/domain/course';
import type { CourseGrades } from '../../../shared/domain/course-grades';
import type { Store } from '../store/create-store';

/** Where every grade sheet's figures come from: grading the course, as of a deadline when given. */
export type CourseGradesSource = (store: Store, course: Course, options: { asOf?: string }) => CourseGrades | Promise<CourseGrades>;

/*
 * The one seam between the exports and the grading core: every sheet is written from exactly what
 * `gitpulse grade` shows, the frozen sheet while the course is frozen.
 */
export { loadCourseGrades as loadGradesForExport } from '../grading/load-course-grades';
