import type { CourseTotal } from '../../../shared/domain/course-total';
import { writeCsvSheet, type CsvSheetOptions, type SheetCell } from './write-csv-sheet';

/**
 * The course total as CSV: one row per student (course, team, name, username, email), then each
 * iteration's percent in the order of `total.iterations`, then the weighted course percent. Names,
 * iteration names included, go through the same cell rule as the grade sheet.
 */
export function writeCourseTotalCsv(total: CourseTotal, options: CsvSheetOptions): string {
  const header: SheetCell[] = ['Course', 'Team', 'Name', 'Username', 'Email', ...total.iterations.map((i) => `${i.name} %`), 'Course %'];
  const rows = total.students.map((s): SheetCell[] => [total.course, s.project, s.name, s.username, s.email, ...s.iterations.map((i) => i.percent), s.percent]);
  return writeCsvSheet([header, ...rows], options);
}
