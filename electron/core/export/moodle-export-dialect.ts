import type { LmsExportDialect } from './merge-lms-grades';

/*
 * Moodle's gradebook export ("Export → Plain text file"): the user's profile fields first (First name,
 * Last name, ID number, Institution, Department, Email address; Username when the site adds it to
 * the export fields), then one column per grade item named "Item (Real)" (and "Item (Feedback)" when
 * feedback is included), then "Course total (Real)" and "Last downloaded from this course".
 */

const realGrade = /\s\(Real\)$/;

function column(header: readonly string[], names: readonly string[]): number {
  return header.findIndex((h) => names.includes(h.trim()));
}

export const moodleExportDialect: LmsExportDialect = {
  label: 'The Moodle grade export',
  identify(table, row) {
    const email = column(table.header, ['Email address', 'Email']);
    const username = column(table.header, ['Username']);
    return { email: email >= 0 ? (row[email] ?? null) : null, username: username >= 0 ? (row[username] ?? null) : null };
  },
  describe(table, row) {
    const at = (names: string[]): string => row[column(table.header, names)] ?? '';
    return [at(['First name']), at(['Last name']), at(['Email address', 'Email']) || at(['Username'])].filter(Boolean).join(' ');
  },
  // Course and category totals are computed by Moodle and cannot be imported into.
  isGradeColumn: (header) => realGrade.test(header) && !/^Course total\b/.test(header) && !/ total \(Real\)$/.test(header),
  findFeedbackColumn: (header, gradeColumn) => (realGrade.test(gradeColumn) ? header.indexOf(gradeColumn.replace(realGrade, ' (Feedback)')) : -1),
};
