import type { CourseGrades } from '../../../shared/domain/course-grades';
import { buildGradeSheet, listGradeSheetColumns, toGradeSheetCells } from './build-grade-sheet';
import { writeCsvSheet, type CsvSheetOptions } from './write-csv-sheet';

/** The grade sheet as CSV: a header, then one row per student (course, team, student, points, comments). */
export function writeGradeSheetCsv(grades: CourseGrades, options: CsvSheetOptions): string {
  const sheet = buildGradeSheet(grades);
  return writeCsvSheet([listGradeSheetColumns(sheet), ...sheet.rows.map(toGradeSheetCells)], options);
}
