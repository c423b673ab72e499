import type { CourseGrades } from '../../../shared/domain/course-grades';
import { buildGradeSheet } from './build-grade-sheet';
import { writeCsvSheet } from './write-csv-sheet';

/** The grade item the Moodle file creates or fills: the rubric's name, so several rubrics stay apart. */
export function nameMoodleGradeItem(grades: CourseGrades): string {
  return `GitPulse ${grades.rubric.name}`;
}

/**
 * The grade sheet as a file for Moodle's "Import → CSV file": one row per student with the two columns
 * Moodle can identify a user by (email address, username), the total as one grade item and the
 * comments as its feedback. Moodle maps columns by hand on import (docs/lms-export.md); it reads '.'
 * decimals whatever the separator, so the file always uses commas and '.'.
 */
export function writeMoodleImportCsv(grades: CourseGrades): string {
  const sheet = buildGradeSheet(grades);
  const item = nameMoodleGradeItem(grades);
  const header = ['Email address', 'Username', 'Full name', 'Team', item, `${item} feedback`];
  const rows = sheet.rows.map((r) => [r.email, r.username, r.studentName, r.project, r.total, r.comments]);
  return writeCsvSheet([header, ...rows], { delimiter: ',', bom: false });
}
