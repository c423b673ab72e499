import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { writeGradeSheetCsv } from '../../../../electron/core/export/write-grade-sheet-csv';
import { hostile, makeCourseGrades } from './course-grades-fixtures';

const readBack = (csv: string, delimiter = ','): string[][] => parse(csv, { bom: true, delimiter, relax_column_count: false }) as string[][];

describe('writeGradeSheetCsv', () => {
  const grades = makeCourseGrades();

  it('writes one row per student with the points of every criterion, the total, maximum and percent', () => {
    const [header, ...rows] = readBack(writeGradeSheetCsv(grades, { delimiter: ',', bom: true }));
    expect(header).toEqual([
      'Course',
      'Team',
      'Student',
      'Username',
      'Email',
      'CI/CD Pipeline',
      'Teamwork',
      'Code quality',
      'Total',
      'Maximum',
      'Percent',
      'Comments',
    ]);
    expect(rows).toHaveLength(8);
    const bob = rows.find((r) => r[3] === 'bob');
    expect(bob?.slice(0, 2)).toEqual(['se-2026', 'se-2026/team-alpha']);
    expect(bob?.slice(4, 11)).toEqual(['bob@uni.example.edu', '8', '7.5', '7', '24.5', '30', '81.7']);
    expect(bob?.[11]).toBe('Adjustment +2: @SUM(A1:A9); Code quality: +1 great work');
    const cyril = rows.find((r) => r[3] === 'cyril');
    expect(cyril?.[4]).toBe('');
    expect(cyril?.[2]).toBe(hostile.nonAscii);
  });

  it('starts with a BOM only when asked', () => {
    expect(writeGradeSheetCsv(grades, { delimiter: ',', bom: true }).startsWith('\uFEFFCourse,')).toBe(true);
    expect(writeGradeSheetCsv(grades, { delimiter: ',', bom: false }).startsWith('Course,')).toBe(true);
  });

  it('writes semicolons with decimal commas for European Excel', () => {
    const csv = writeGradeSheetCsv(grades, { delimiter: ';', bom: false });
    expect(csv.split('\r\n')[0]).toBe('Course;Team;Student;Username;Email;CI/CD Pipeline;Teamwork;Code quality;Total;Maximum;Percent;Comments');
    const eve = readBack(csv, ';').find((r) => r[3] === 'eve');
    expect(eve?.slice(8, 11)).toEqual(['8,5', '30', '28,3']);
  });

  it('shows formula-looking student text as text, but keeps negative numbers as numbers', () => {
    const csv = writeGradeSheetCsv(grades, { delimiter: ',', bom: false });
    const rows = readBack(csv);
    const byUser = (u: string) => rows.find((r) => r[3] === u);
    expect(byUser('ada')?.[2]).toBe(`'${hostile.formulaName}`);
    expect(byUser('fritz')?.[2]).toBe(`'${hostile.tabName}`);
    expect(byUser('gina')?.[2]).toBe(`'${hostile.crName}`);
    expect(byUser('hugo')?.[2]).toBe(`'${hostile.minusName}`);
    // The comment cell starts with "Adjustment", so the reason's own "-2.5" is inside, not leading.
    expect(byUser('eve')?.[11]?.startsWith('Adjustment -2.5: -2.5 for missing reviews; CI/CD Pipeline set to 2')).toBe(true);
    // No cell anywhere starts with a live formula character.
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    const beta = grades.teams[1];
    const student = beta?.students[0];
    if (!beta || !student) throw new Error('fixture has no team beta');
    const negative = { ...beta, students: [{ ...student, total: -3, adjustment: -14 }] };
    const negativeRows = readBack(writeGradeSheetCsv({ ...grades, teams: [negative] }, { delimiter: ',', bom: false }));
    expect(negativeRows[1]?.[8]).toBe('-3');
  });

  it('quotes every cell holding a CR or LF, so a name with a line break cannot start a new row', () => {
    const csv = writeGradeSheetCsv(grades, { delimiter: ',', bom: false });
    // The break stays inside one quoted cell: a reader that honours RFC 4180 sees 8 students.
    expect(readBack(csv)).toHaveLength(9);
    expect(csv).toContain(`"Ada\r\n=cmd|' /C calc'!A0"`);
    expect(readBack(csv).find((r) => r[3] === 'bob')?.[2]).toBe(hostile.lineBreakName);
  });

  it('removes bidi overrides and escape sequences, and cuts cells at 32,767 characters', () => {
    const rows = readBack(writeGradeSheetCsv(grades, { delimiter: ',', bom: false }));
    expect(rows.find((r) => r[3] === 'dana')?.[2]).toBe('teamgnp.exe');
    expect(rows.find((r) => r[3] === 'eve')?.[2]).toBe('Mallory');
    const comment = rows.find((r) => r[3] === 'dana')?.[11] ?? '';
    expect(comment.length).toBe(32_767);
    expect(comment.startsWith('CI/CD Pipeline set to 2: pipeline copied from another team; Code quality: xxx')).toBe(true);
  });
});
