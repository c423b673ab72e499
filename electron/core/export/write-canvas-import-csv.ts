import type { CourseGrades } from '../../../shared/domain/course-grades';
import { buildGradeSheet } from './build-grade-sheet';
import { writeCsvSheet } from './write-csv-sheet';
import { nameLmsGradeItem } from './name-lms-grade-item';

/**
 * The grade sheet as a file for Canvas's "Grades → Import": Canvas's own export columns (Student, ID,
 * SIS User ID, SIS Login ID, Section), a "Points Possible" row as Canvas writes it, and one new
 * assignment column holding each student's total. GitPulse knows neither Canvas's user ids nor the
 * SIS ids, so the login column carries the GitLab username: where logins differ, use the round trip
 * (docs/lms-export.md), which writes into the file Canvas exported.
 */
export function writeCanvasImportCsv(grades: CourseGrades): string {
  const sheet = buildGradeSheet(grades);
  const header = ['Student', 'ID', 'SIS User ID', 'SIS Login ID', 'Section', nameLmsGradeItem(grades)];
  const pointsPossible = ['Points Possible', null, null, null, null, grades.rubric.maxPoints];
  const rows = sheet.rows.map((r) => [r.studentName, null, null, r.username, null, r.total]);
  return writeCsvSheet([header, pointsPossible, ...rows], { delimiter: ',', bom: false });
}
