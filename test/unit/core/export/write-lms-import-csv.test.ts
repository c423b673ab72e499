import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { canvasExportDialect } from '../../../../electron/core/export/canvas-export-dialect';
import { mergeLmsGrades } from '../../../../electron/core/export/merge-lms-grades';
import { writeCanvasImportCsv } from '../../../../electron/core/export/write-canvas-import-csv';
import { writeMoodleImportCsv } from '../../../../electron/core/export/write-moodle-import-csv';
import { hostile, makeCourseGrades } from './course-grades-fixtures';

const cells = (csv: string): string[][] => parse(csv, { bom: true }) as string[][];

describe('writeMoodleImportCsv', () => {
  const rows = cells(writeMoodleImportCsv(makeCourseGrades()));

  it('has the two columns Moodle identifies users by, the total as one grade item and its feedback', () => {
    expect(rows[0]).toEqual(['Email address', 'Username', 'Full name', 'Team', 'GitPulse Default rubric', 'GitPulse Default rubric feedback']);
    expect(rows).toHaveLength(9);
    expect(rows[2]).toEqual([
      'bob@uni.example.edu',
      'bob',
      hostile.lineBreakName,
      'se-2026/team-alpha',
      '24.5',
      'Adjustment +2: @SUM(A1:A9); Code quality: +1 great work',
    ]);
    expect(rows[3]?.slice(0, 2)).toEqual(['', 'cyril']);
  });

  it('neutralises student text like every other sheet', () => {
    expect(rows[1]?.[2]).toBe(`'${hostile.formulaName}`);
    expect(rows[4]?.[2]).toBe('teamgnp.exe');
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe('writeCanvasImportCsv', () => {
  const csv = writeCanvasImportCsv(makeCourseGrades());

  it('follows the columns of Canvas’s own export, with a Points Possible row', () => {
    const rows = cells(csv);
    expect(rows[0]).toEqual(['Student', 'ID', 'SIS User ID', 'SIS Login ID', 'Section', 'GitPulse Default rubric']);
    expect(rows[1]).toEqual(['Points Possible', '', '', '', '', '30']);
    expect(rows[3]).toEqual([hostile.lineBreakName, '', '', 'bob', '', '24.5']);
    expect(rows).toHaveLength(10);
  });

  it('is read back by the Canvas round trip as a gradebook of the same students', () => {
    const withIds = csv.replace('GitPulse Default rubric', 'GitPulse Default rubric (77)');
    expect(mergeLmsGrades(makeCourseGrades(), withIds, canvasExportDialect).matched).toBe(8);
  });
});

describe('the grade item of an iteration', () => {
  const grades = { ...makeCourseGrades(), iteration: 'Sprint 1' };

  it('names the iteration, so two iterations with one rubric fill two LMS columns', () => {
    expect(cells(writeMoodleImportCsv(grades))[0]?.slice(4)).toEqual(['GitPulse Default rubric (Sprint 1)', 'GitPulse Default rubric (Sprint 1) feedback']);
    expect(cells(writeCanvasImportCsv(grades))[0]?.[5]).toBe('GitPulse Default rubric (Sprint 1)');
  });
});
