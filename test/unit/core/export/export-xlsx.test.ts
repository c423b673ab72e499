import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportXlsx } from '../../../../electron/core/export/export-xlsx';
import { writeFileAtomically } from '../../../../electron/core/export/write-file-atomically';
import { hostile, makeCourseGrades } from './course-grades-fixtures';

const folder = mkdtempSync(join(tmpdir(), 'gitpulse-xlsx-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Writes the workbook to a real file and opens it again, as a spreadsheet would. */
async function writeAndOpen(grades = makeCourseGrades()): Promise<ExcelJS.Workbook> {
  const path = join(folder, `grades-${Math.random().toString(36).slice(2)}.xlsx`);
  writeFileAtomically(path, await exportXlsx(grades));
  const workbook = new ExcelJS.Workbook();
  const bytes = readFileSync(path);
  // exceljs declares its own Buffer (an ArrayBuffer); hand it exactly the file's bytes.
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  return workbook;
}

function rowValues(sheet: ExcelJS.Worksheet, row: number): unknown[] {
  const values = sheet.getRow(row).values;
  return Array.isArray(values) ? values.slice(1) : [];
}

describe('exportXlsx', () => {
  it('has a summary sheet and one sheet per team, each with a bold frozen header', async () => {
    const workbook = await writeAndOpen();
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Summary', 'team-alpha', 'team-beta']);
    for (const sheet of workbook.worksheets) {
      expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual(8);
    }
  });

  it('gives the same numbers as the grades, as values with number formats, never formulas', async () => {
    const workbook = await writeAndOpen();
    const summary = workbook.getWorksheet('Summary');
    expect(summary && rowValues(summary, 1)).toEqual([
      'Team',
      'Project',
      'CI/CD Pipeline',
      'Teamwork',
      'Code quality',
      'Total',
      'Maximum',
      'Percent',
      'Students',
    ]);
    expect(summary && rowValues(summary, 2)).toEqual(['team-alpha', 'se-2026/team-alpha', 8, 7.5, 7, 22.5, 30, 75, 3]);
    expect(summary && rowValues(summary, 3)).toEqual(['team-beta', 'se-2026/team-beta', 2, 5, 4, 11, 30, 36.7, 5]);
    const alpha = workbook.getWorksheet('team-alpha');
    if (!alpha) throw new Error('no team sheet');
    expect(rowValues(alpha, 3).slice(3, 11)).toEqual(['bob', 'bob@uni.example.edu', 8, 7.5, 7, 24.5, 30, 81.7]);
    expect(alpha.getRow(3).getCell(9).numFmt).toBe('0.0#');
    expect(alpha.getRow(3).getCell(11).numFmt).toBe('0.0"%"');
    alpha.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
  });

  it('stores hostile student text as plain text, neutralised like the CSV', async () => {
    const workbook = await writeAndOpen();
    const alpha = workbook.getWorksheet('team-alpha');
    const beta = workbook.getWorksheet('team-beta');
    if (!alpha || !beta) throw new Error('no team sheets');
    const ada = alpha.getRow(2).getCell(3);
    expect(ada.type).toBe(ExcelJS.ValueType.String);
    expect(ada.value).toBe(`'${hostile.formulaName}`);
    // XML turns every line break into LF; the break stays inside the one cell.
    expect(alpha.getRow(3).getCell(3).value).toBe(hostile.lineBreakName.replace('\r\n', '\n'));
    expect(alpha.getRow(3).getCell(12).value).toBe('Adjustment +2: @SUM(A1:A9); Code quality: +1 great work');
    expect(alpha.getRow(4).getCell(3).value).toBe(hostile.nonAscii);
    expect(beta.getRow(2).getCell(3).value).toBe('teamgnp.exe');
    expect(beta.getRow(3).getCell(3).value).toBe('Mallory');
    expect(String(beta.getRow(2).getCell(12).value)).toHaveLength(32_767);
  });

  it('names team sheets by Excel’s rules even when team names break them', async () => {
    const grades = makeCourseGrades();
    const [alpha, beta] = grades.teams;
    if (!alpha || !beta) throw new Error('fixture has two teams');
    alpha.name = 'a/b:c*?[team]\u202E with a name far longer than Excel allows';
    beta.name = alpha.name;
    const workbook = await writeAndOpen(grades);
    const names = workbook.worksheets.map((s) => s.name);
    expect(names).toHaveLength(3);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(3);
    for (const name of names) expect(name).toMatch(/^[^:\\/?*[\]\u202E]{1,31}$/);
  });
});
