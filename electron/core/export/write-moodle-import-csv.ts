import type { CourseGrades } from '../../../shared/domain/course-grades';
import { buildGradeSheet } from './build-grade-sheet';
import { nameLmsGradeItem } from './name-lms-grade-item';
import { writeCsvSheet } from './write-csv-sheet';

/**
 * The grade sheet as a file for Moodle's "Import → CSV file": one row per student with the two columns
 * Moodle can identify a user by (email address, username), the total as one grade item and the
 * comments as its feedback. Moodle maps columns by hand on import (docs/lms-export.md); it reads '.'
 * decimals whatever the separator, so the file always uses commas and '.'.
 */
export function writeMoodleImportCsv(grades: CourseGrades): string {
  const sheet = buildGradeSheet(grades);
  const item = nameLmsGradeItem(grades);
  const header = ['Email address', 'Username', 'Full name', 'Team', item, `${item} feedback`];
  const rows = sheet.rows.map((r) => [r.email, r.username, r.studentName, r.project, r.total, r.comments]);
  return writeCsvSheet([header, ...rows], { delimiter: ',', bom: false });
}
