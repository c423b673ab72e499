import ExcelJS from 'exceljs';
import type { CourseGrades } from '../../../shared/domain/course-grades';
import { buildGradeSheet, listGradeSheetColumns, toGradeSheetCells, type GradeSheet } from './build-grade-sheet';
import { neutraliseSheetText } from './neutralise-sheet-text';
import { nameWorksheets } from './name-worksheets';

/*
 * The only file that knows exceljs (its last release is from 2023; swapping it for another writer
 * touches this file alone). Everything it writes comes from buildGradeSheet, like the CSV.
 */

type Cell = string | number | null;
type ColumnKind = 'text' | 'points' | 'percent';

const numberFormats: Record<ColumnKind, string> = { text: '@', points: '0.0#', percent: '0.0"%"' };

interface SheetTable {
  header: string[];
  kinds: ColumnKind[];
  rows: Cell[][];
}

/**
 * A notice (incomplete figures) goes in a row of its own above the header, so whoever opens any sheet
 * reads it first; the frozen pane then covers both rows, keeping the header in view.
 */
function addTable(workbook: ExcelJS.Workbook, name: string, table: SheetTable, notice: string | undefined): void {
  const headerRow = notice === undefined ? 1 : 2;
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: headerRow }] });
  if (notice !== undefined) {
    sheet.addRow([neutraliseSheetText(notice)]);
    sheet.getRow(1).font = { bold: true, color: { argb: 'FFB00020' } };
  }
  sheet.addRow(table.header.map(neutraliseSheetText));
  sheet.getRow(headerRow).font = { bold: true };
  for (const row of table.rows) {
    // Text goes in as a string value, which a spreadsheet stores and shows as text, never as a formula;
    // totals go in as numbers computed by grading, not as formulas a spreadsheet would recompute.
    sheet.addRow(row.map((cell) => (typeof cell === 'string' ? neutraliseSheetText(cell) : cell)));
  }
  table.kinds.forEach((kind, index) => {
    const column = sheet.getColumn(index + 1);
    column.numFmt = numberFormats[kind];
    column.alignment = kind === 'text' ? { vertical: 'top', wrapText: false } : { vertical: 'top', horizontal: 'right' };
    column.width = measureWidth(
      table.header[index] ?? '',
      table.rows.map((r) => r[index] ?? null),
    );
  });
}

/** Wide enough for the longest value up to a sensible cap; long comments wrap in the app, not here. */
function measureWidth(header: string, cells: Cell[]): number {
  const longest = Math.max(header.length, ...cells.map((c) => (c === null ? 0 : String(c).length)));
  return Math.min(Math.max(longest + 2, 8), 60);
}

function columnKinds(sheet: GradeSheet): ColumnKind[] {
  return ['text', 'text', 'text', 'text', 'text', ...sheet.criteria.map((): ColumnKind => 'points'), 'points', 'points', 'percent', 'text'];
}

function summaryTable(grades: CourseGrades, sheet: GradeSheet): SheetTable {
  return {
    header: ['Team', 'Project', ...sheet.criteria, 'Total', 'Maximum', 'Percent', 'Students'],
    kinds: ['text', 'text', ...sheet.criteria.map((): ColumnKind => 'points'), 'points', 'points', 'percent', 'points'],
    rows: grades.teams.map((team) => [
      team.name,
      team.project,
      ...sheet.criteria.map((name) => team.criteria.find((c) => c.name === name)?.points ?? null),
      team.total,
      team.maxPoints,
      team.maxPoints > 0 ? Math.round((team.total / team.maxPoints) * 1000) / 10 : null,
      team.students.length,
    ]),
  };
}

/**
 * The grade sheet as an XLSX workbook: a summary sheet (one row per team) and one sheet per team (one
 * row per student, the same columns as the CSV), each with a bold frozen header, column widths and
 * number formats; `notice` (incomplete figures) above the header of every sheet.
 */
export async function exportXlsx(grades: CourseGrades, notice?: string): Promise<Uint8Array> {
  const sheet = buildGradeSheet(grades);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'GitPulse';
  // Fixed to the grading instant, so exporting the same frozen grades twice gives the same content.
  workbook.created = new Date(grades.asOf);
  workbook.modified = new Date(grades.asOf);
  const names = nameWorksheets(['Summary', ...grades.teams.map((t) => t.name)]);
  addTable(workbook, names[0] ?? 'Summary', summaryTable(grades, sheet), notice);
  grades.teams.forEach((team, index) => {
    const rows = sheet.rows.filter((r) => r.project === team.project).map(toGradeSheetCells);
    addTable(workbook, names[index + 1] ?? `Team ${index + 1}`, { header: listGradeSheetColumns(sheet), kinds: columnKinds(sheet), rows }, notice);
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
