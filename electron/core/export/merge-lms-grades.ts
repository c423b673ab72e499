import type { CourseGrades } from '../../../shared/domain/course-grades';
import { buildGradeSheet } from './build-grade-sheet';
import { listStudentsNotInFile, matchLmsStudents, type LmsIdentity, type UnmatchedLmsRow } from './match-lms-students';
import { neutraliseSheetText } from './neutralise-sheet-text';
import { readLmsCsv, type LmsCsvTable } from './read-lms-csv';
import { resolveGradeColumn } from './resolve-grade-column';
import { writeLmsCsv } from './write-lms-csv';

/** What an LMS round trip produced: the file to import, and every student it could not place. */
export interface LmsRoundTrip {
  content: string;
  gradeColumn: string;
  matched: number;
  /** LMS rows whose grade cell was left as it was, with why. */
  unmatched: UnmatchedLmsRow[];
  /** GitPulse students no row of the file matched (`username (project)`). */
  notInFile: string[];
}

/** How one LMS lays out its gradebook export: which columns identify a student, which rows are not students. */
export interface LmsExportDialect {
  label: string;
  identify(table: LmsCsvTable, row: readonly string[]): LmsIdentity | null;
  describe(table: LmsCsvTable, row: readonly string[]): string;
  isGradeColumn(header: string): boolean;
  /** The column beside the grade that takes the comments, when the export has one. */
  findFeedbackColumn(header: readonly string[], gradeColumn: string): number;
}

/**
 * Writes GitPulse totals (and comments where the file has a feedback column) into the gradebook an
 * LMS exported, changing only those cells of matched rows: every other column and row stays as it was.
 */
export function mergeLmsGrades(grades: CourseGrades, fileText: string, dialect: LmsExportDialect, requestedColumn?: string): LmsRoundTrip {
  const table = readLmsCsv(fileText, dialect.label);
  const gradeIndex = resolveGradeColumn(table.header, requestedColumn, dialect.label, dialect.isGradeColumn);
  const gradeColumn = table.header[gradeIndex] ?? '';
  const feedbackIndex = dialect.findFeedbackColumn(table.header, gradeColumn);
  const students = buildGradeSheet(grades).rows;
  const matches = matchLmsStudents(
    students,
    table.rows.map((row) => dialect.identify(table, row)),
  );
  const unmatched: UnmatchedLmsRow[] = [];
  const rows = table.rows.map((row, index) => {
    const match = matches[index];
    if (!match || match.kind === 'skipped') return row;
    if (match.kind === 'unmatched') {
      unmatched.push({ line: index + 2, who: dialect.describe(table, row), reason: match.reason });
      return row;
    }
    const written = [...row];
    while (written.length <= Math.max(gradeIndex, feedbackIndex)) written.push('');
    written[gradeIndex] = String(match.student.total);
    if (feedbackIndex >= 0) written[feedbackIndex] = neutraliseSheetText(match.student.comments);
    return written;
  });
  return {
    content: writeLmsCsv({ ...table, rows }),
    gradeColumn,
    matched: matches.filter((m) => m.kind === 'matched').length,
    unmatched,
    notInFile: listStudentsNotInFile(students, matches),
  };
}
