import type { Course } from '../../../shared/domain/course';
import type { CourseGrades } from '../../../shared/domain/course-grades';
import type { Store } from '../store/create-store';

/** Where every grade sheet's figures come from: grading the course or one iteration, as of a deadline when given. */
export type CourseGradesSource = (
  store: Store,
  course: Course,
  options: { asOf?: string | undefined; iteration?: string | undefined },
) => CourseGrades | Promise<CourseGrades>;

/*
 * The one seam between the exports and the grading core: every sheet is written from exactly what
 * `gitpulse grade` shows, the frozen sheet while the course is frozen.
 */
export { loadCourseGrades as loadGradesForExport } from '../grading/load-course-grades';
/** The course total's CSV is written from exactly what `gitpulse grade total` shows. */
export { computeCourseTotal as loadCourseTotalForExport } from '../grading/compute-course-total';
