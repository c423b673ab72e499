import type { LmsExportDialect } from './merge-lms-grades';

/*
 * Canvas's gradebook export ("Grades → Export"): Student, ID, SIS User ID, SIS Login ID (Integration
 * ID on some instances), Section, then one column per assignment named "Assignment (id)", then
 * read-only totals (Current Score, Final Grade...). Its second row is "Points Possible" (and some
 * instances add a posting-policy row), which are not students and stay as they are.
 */

const assignmentColumn = /\(\d+\)$/;

function column(header: readonly string[], name: string): number {
  return header.findIndex((h) => h.trim() === name);
}

function isMetaRow(header: readonly string[], row: readonly string[]): boolean {
  const student = (row[column(header, 'Student')] ?? '').trim();
  const ids = ['ID', 'SIS User ID', 'SIS Login ID'].map((name) => (row[column(header, name)] ?? '').trim());
  return student === 'Points Possible' || ids.every((id) => id === '');
}

export const canvasExportDialect: LmsExportDialect = {
  label: 'The Canvas gradebook export',
  identify(table, row) {
    if (isMetaRow(table.header, row)) return null;
    // Canvas has no email column; the SIS login is the institution's username or, at some, the email.
    const login = (row[column(table.header, 'SIS Login ID')] ?? '').trim();
    return login.includes('@') ? { email: login, username: null } : { email: null, username: login || null };
  },
  describe(table, row) {
    return [row[column(table.header, 'Student')], row[column(table.header, 'SIS Login ID')]].filter(Boolean).join(' ');
  },
  isGradeColumn: (header) => assignmentColumn.test(header.trim()),
  // Canvas's gradebook import reads scores only; comments go in through SpeedGrader.
  findFeedbackColumn: () => -1,
};
