import type { CourseGrades } from '../../../shared/domain/course-grades';

/**
 * The grade item a Moodle or Canvas import file creates or fills: the rubric's name, so several
 * rubrics stay apart, and the iteration's, so two iterations graded with one rubric do not land in
 * the same LMS column.
 */
export function nameLmsGradeItem(grades: CourseGrades): string {
  return grades.iteration === null ? `GitPulse ${grades.rubric.name}` : `GitPulse ${grades.rubric.name} (${grades.iteration})`;
}
