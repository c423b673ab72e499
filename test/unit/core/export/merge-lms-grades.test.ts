import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canvasExportDialect } from '../../../../electron/core/export/canvas-export-dialect';
import { mergeLmsGrades } from '../../../../electron/core/export/merge-lms-grades';
import { moodleExportDialect } from '../../../../electron/core/export/moodle-export-dialect';
import { makeCourseGrades } from './course-grades-fixtures';

const fixture = (name: string): string => readFileSync(join(import.meta.dirname, '../../../fixtures/lms', name), 'utf8');
const cells = (csv: string): string[][] => parse(csv, { bom: true, relax_column_count: true }) as string[][];

describe('mergeLmsGrades with a Moodle grade export', () => {
  const original = fixture('moodle-grade-export.csv');
  const result = mergeLmsGrades(makeCourseGrades(), original, moodleExportDialect);

  it('fills the GitPulse grade item of the students it matches on email, ignoring case', () => {
    expect(result.gradeColumn).toBe('Manual item: GitPulse Default rubric (Real)');
    const rows = cells(result.content);
    expect(rows[1]?.slice(5, 9)).toEqual(['ADA@uni.example.edu', '7.50', '22.5', 'Code quality: +1 great work']);
    expect(rows[2]?.[7]).toBe('24.5');
    expect(rows[2]?.[8]).toBe('Adjustment +2: @SUM(A1:A9); Code quality: +1 great work');
    expect(rows[3]?.[7]).toBe('8.5');
    expect(result.matched).toBe(3);
  });

  it('leaves every other cell, the BOM, the quoting and the line ends as Moodle wrote them', () => {
    const before = cells(original);
    const after = cells(result.content);
    expect(after).toHaveLength(before.length);
    after.forEach((row, r) => row.forEach((cell, c) => (c === 7 || c === 8 ? undefined : expect(cell).toBe(before[r]?.[c]))));
    expect(result.content.startsWith('\uFEFF"First name","Last name"')).toBe(true);
    expect(result.content.split('\r\n')[4]).toBe(original.split('\r\n')[4]);
  });

  it('lists rows it cannot match instead of guessing, and never matches a substring', () => {
    expect(result.unmatched).toEqual([
      { line: 5, who: 'Zed Nobody zed@uni.example.edu', reason: 'no GitPulse student has this email or username' },
      { line: 6, who: 'Ann Substring a@uni.example.edu', reason: 'no GitPulse student has this email or username' },
    ]);
    expect(cells(result.content)[5]?.[7]).toBe('-');
    expect(result.notInFile).toEqual([
      'cyril (se-2026/team-alpha)',
      'dana (se-2026/team-beta)',
      'fritz (se-2026/team-beta)',
      'gina (se-2026/team-beta)',
      'hugo (se-2026/team-beta)',
    ]);
  });

  it('refuses a file without a GitPulse column, naming the grade columns it has', () => {
    const withoutItem = original.replaceAll('Manual item: GitPulse Default rubric', 'Manual item: Project');
    expect(() => mergeLmsGrades(makeCourseGrades(), withoutItem, moodleExportDialect)).toThrow(
      'The Moodle grade export has no GitPulse column; create a grade item named "GitPulse ..." in the LMS and export again, or name the column to fill (grade columns: "Assignment: Lab report (Real)", "Manual item: Project (Real)").',
    );
    const named = mergeLmsGrades(makeCourseGrades(), withoutItem, moodleExportDialect, 'Assignment: Lab report (Real)');
    expect(cells(named.content)[1]?.[6]).toBe('22.5');
  });

  it('refuses what is not a gradebook export with one line', () => {
    expect(() => mergeLmsGrades(makeCourseGrades(), '', moodleExportDialect)).toThrow('The Moodle grade export is empty.');
    expect(() => mergeLmsGrades(makeCourseGrades(), 'a,b\n', moodleExportDialect)).toThrow('The Moodle grade export has a header but no students.');
    expect(() => mergeLmsGrades(makeCourseGrades(), 'a,\uFFFD\n1,2\n', moodleExportDialect)).toThrow(/is not UTF-8 text/);
    expect(() => mergeLmsGrades(makeCourseGrades(), '"a,b\n1,2\n', moodleExportDialect)).toThrow(/is not a valid CSV file/);
  });

  it('lists a row whose email and username point to different students', () => {
    const file = 'Email address,Username,GitPulse grade (Real)\nada@uni.example.edu,bob,\n';
    const merged = mergeLmsGrades(makeCourseGrades(), file, moodleExportDialect);
    expect(merged.matched).toBe(0);
    expect(merged.unmatched[0]?.reason).toMatch(/more than one GitPulse student/);
    expect(merged.content).toBe(file);
  });
});

describe('mergeLmsGrades with a Canvas gradebook export', () => {
  const original = fixture('canvas-gradebook-export.csv');
  const result = mergeLmsGrades(makeCourseGrades(), original, canvasExportDialect);

  it('fills the GitPulse assignment of students matched on their SIS login (username or email)', () => {
    expect(result.gradeColumn).toBe('GitPulse Default rubric (4412)');
    const rows = cells(result.content);
    expect(rows[2]?.[6]).toBe('22.5');
    expect(rows[3]?.[6]).toBe('24.5');
    expect(rows[4]?.[6]).toBe('11');
    expect(result.matched).toBe(3);
  });

  it('keeps the Points Possible row, the read-only columns and the LF line ends untouched', () => {
    const before = cells(original);
    const after = cells(result.content);
    after.forEach((row, r) => row.forEach((cell, c) => (c === 6 && r > 1 ? undefined : expect(cell).toBe(before[r]?.[c]))));
    expect(result.content.split('\n')[1]).toBe('    Points Possible,,,,,10.00,30.00,(read only),(read only),(read only),(read only),(read only),(read only)');
    expect(result.content.includes('\r')).toBe(false);
  });

  it('lists the test student and a login that is only a prefix of a username', () => {
    expect(result.unmatched).toEqual([
      { line: 6, who: 'Student, Test', reason: 'no email or username in this row' },
      { line: 7, who: 'Mallory, Ad ad', reason: 'no GitPulse student has this email or username' },
    ]);
    expect(cells(result.content)[6]?.[6]).toBe('');
  });
});
