import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GradeSheetFileSchema } from '../../../../shared/api/export-api';
import { createChromiumPdfRenderer } from '../../../../electron/core/export/render-pdf-with-chromium';
import { writeGradeSheetFile, type GradeSheetRequest } from '../../../../electron/core/export/write-grade-sheet-file';
import { makeCourseGrades } from './course-grades-fixtures';

const deps = { renderPdf: createChromiumPdfRenderer(process.env), loadCharts: () => new Map() };
const request = (format: GradeSheetRequest['format'], extra: Partial<GradeSheetRequest> = {}): GradeSheetRequest => ({
  format,
  delimiter: ',',
  bom: true,
  ...extra,
});

describe('writeGradeSheetFile', () => {
  it('returns text formats as UTF-8 and binary ones as base64 that decodes to the file', async () => {
    const csv = await writeGradeSheetFile(makeCourseGrades(), request('csv'), deps);
    expect(csv).toMatchObject({ filename: 'se-2026-grades.csv', mimeType: 'text/csv', encoding: 'utf8' });
    expect(csv.content.startsWith('\uFEFFCourse,Team,')).toBe(true);

    const xlsx = await writeGradeSheetFile(makeCourseGrades(), request('xlsx'), deps);
    expect(xlsx).toMatchObject({ filename: 'se-2026-grades.xlsx', encoding: 'base64' });
    const workbook = new ExcelJS.Workbook();
    const bytes = Buffer.from(xlsx.content, 'base64');
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Summary', 'team-alpha', 'team-beta']);

    const pdf = await writeGradeSheetFile(makeCourseGrades(), request('pdf'), deps);
    expect(pdf).toMatchObject({ filename: 'se-2026-feedback.pdf', mimeType: 'application/pdf', encoding: 'base64' });
    expect(Buffer.from(pdf.content, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    for (const file of [csv, xlsx, pdf]) expect(GradeSheetFileSchema.safeParse(file).success).toBe(true);
  });

  it('writes an LMS import file, or fills the LMS export with a report when given one', async () => {
    const moodle = await writeGradeSheetFile(makeCourseGrades(), request('moodle'), deps);
    expect(moodle.filename).toBe('se-2026-grades-moodle.csv');
    expect(moodle.content.startsWith('Email address,Username,')).toBe(true);
    expect(moodle.roundTrip).toBeUndefined();

    const lmsFile = readFileSync(join(import.meta.dirname, '../../../fixtures/lms/canvas-gradebook-export.csv'), 'utf8');
    const canvas = await writeGradeSheetFile(makeCourseGrades(), request('canvas', { lmsFile }), deps);
    expect(canvas.filename).toBe('se-2026-grades-canvas-filled.csv');
    expect(canvas.roundTrip).toMatchObject({ gradeColumn: 'GitPulse Default rubric (4412)', matched: 3 });
    expect(canvas.roundTrip?.unmatched.map((u) => u.line)).toEqual([6, 7]);
    expect(GradeSheetFileSchema.safeParse(canvas).success).toBe(true);
  });
});
