import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { writeCourseTotalCsv } from '../../../../electron/core/export/write-course-total-csv';
import type { CourseTotal } from '../../../../shared/domain/course-total';
import { hostile } from './course-grades-fixtures';

const readBack = (csv: string, delimiter = ','): string[][] => parse(csv, { bom: true, delimiter, relax_column_count: false }) as string[][];

const total: CourseTotal = {
  course: 'se-2026',
  iterations: [
    { name: 'Sprint 1', weight: 1, frozen: true, asOf: '2026-03-16T00:00:00.000Z', rubricVersion: 2, maxPoints: 10 },
    { name: '+Sprint 2', weight: 3, frozen: false, asOf: '2026-05-18T00:00:00.000Z', rubricVersion: 1, maxPoints: 10 },
  ],
  students: [
    {
      projectId: 1,
      project: 'se-2026/team-alpha',
      userId: 10,
      username: 'ada',
      name: hostile.formulaName,
      email: null,
      iterations: [
        { name: 'Sprint 1', total: 5, maxPoints: 10, percent: 50 },
        { name: '+Sprint 2', total: 9, maxPoints: 10, percent: 90 },
      ],
      percent: 80,
    },
    {
      projectId: 1,
      project: 'se-2026/team-alpha',
      userId: 11,
      username: 'bob',
      name: 'Bob',
      email: 'bob@uni.example.edu',
      iterations: [
        { name: 'Sprint 1', total: 0, maxPoints: 10, percent: 0 },
        { name: '+Sprint 2', total: 8.25, maxPoints: 10, percent: 82.5 },
      ],
      percent: 61.9,
    },
  ],
};

describe('writeCourseTotalCsv', () => {
  it("writes one row per student with each iteration's percent and the course percent, student text as text", () => {
    const [header, ...rows] = readBack(writeCourseTotalCsv(total, { delimiter: ',', bom: true }));
    expect(header).toEqual(['Course', 'Team', 'Name', 'Username', 'Email', 'Sprint 1 %', "'+Sprint 2 %", 'Course %']);
    expect(rows).toEqual([
      ['se-2026', 'se-2026/team-alpha', `'${hostile.formulaName}`, 'ada', '', '50', '90', '80'],
      ['se-2026', 'se-2026/team-alpha', 'Bob', 'bob', 'bob@uni.example.edu', '0', '82.5', '61.9'],
    ]);
  });

  it('writes decimal commas with semicolons, and a BOM only when asked', () => {
    const csv = writeCourseTotalCsv(total, { delimiter: ';', bom: false });
    expect(csv.startsWith('Course;')).toBe(true);
    expect(readBack(csv, ';')[2]?.slice(5)).toEqual(['0', '82,5', '61,9']);
  });
});
