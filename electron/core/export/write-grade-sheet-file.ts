import type { ExportFormat, GradeSheetFile } from '../../../shared/api/export-api';
import type { CourseGrades } from '../../../shared/domain/course-grades';
import { buildGradeReportHtml } from './build-grade-report-html';
import { canvasExportDialect } from './canvas-export-dialect';
import { exportXlsx } from './export-xlsx';
import { mergeLmsGrades, type LmsExportDialect } from './merge-lms-grades';
import { moodleExportDialect } from './moodle-export-dialect';
import type { PdfRenderer } from './render-pdf-with-chromium';
import type { TeamChartSeries } from './render-team-charts-svg';
import { addCsvNotice } from './add-csv-notice';
import { writeCanvasImportCsv } from './write-canvas-import-csv';
import { writeGradeSheetCsv } from './write-grade-sheet-csv';
import { writeMoodleImportCsv } from './write-moodle-import-csv';

export type GradeFormat = Exclude<ExportFormat, 'metrics-csv' | 'course-total-csv'>;

export interface GradeSheetRequest {
  format: GradeFormat;
  delimiter: ',' | ';';
  bom: boolean;
  lmsFile?: string | undefined;
  lmsColumn?: string | undefined;
  /** Incomplete figures, exported on request: said in the header of every format that has one. */
  notice?: string | undefined;
}

export interface GradeSheetDependencies {
  renderPdf: PdfRenderer;
  /** Loaded only for the PDF, the one format that draws them. */
  loadCharts: () => ReadonlyMap<number, TeamChartSeries>;
}

/** File names derive from the course name, which the instructor typed; keep them to safe characters. */
export function toFileStem(name: string): string {
  return name.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '') || 'course';
}

const toBase64 = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

function writeRoundTrip(grades: CourseGrades, request: GradeSheetRequest, dialect: LmsExportDialect, filename: string, lmsFile: string): GradeSheetFile {
  const merged = mergeLmsGrades(grades, lmsFile, dialect, request.lmsColumn);
  const { content, ...roundTrip } = merged;
  return { filename, mimeType: 'text/csv', encoding: 'utf8', content, roundTrip };
}

/**
 * One grade format, written from the course's grades: what the API returns and the CLI saves. A notice
 * is returned beside every file; Moodle and Canvas files keep the LMS's exact layout and carry none.
 */
export async function writeGradeSheetFile(grades: CourseGrades, request: GradeSheetRequest, deps: GradeSheetDependencies): Promise<GradeSheetFile> {
  const file = await writeFormat(grades, request, deps);
  return request.notice === undefined ? file : { ...file, notice: request.notice };
}

async function writeFormat(grades: CourseGrades, request: GradeSheetRequest, deps: GradeSheetDependencies): Promise<GradeSheetFile> {
  const scope = grades.iteration === null ? toFileStem(grades.course) : `${toFileStem(grades.course)}-${toFileStem(grades.iteration)}`;
  const stem = `${scope}-grades`;
  switch (request.format) {
    case 'csv':
      return { filename: `${stem}.csv`, mimeType: 'text/csv', encoding: 'utf8', content: addCsvNotice(writeGradeSheetCsv(grades, request), request.notice) };
    case 'xlsx':
      return {
        filename: `${stem}.xlsx`,
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        encoding: 'base64',
        content: toBase64(await exportXlsx(grades, request.notice)),
      };
    case 'pdf': {
      const pdf = await deps.renderPdf(buildGradeReportHtml(grades, deps.loadCharts(), request.notice));
      return { filename: `${scope}-feedback.pdf`, mimeType: 'application/pdf', encoding: 'base64', content: toBase64(pdf) };
    }
    case 'moodle':
      return request.lmsFile !== undefined
        ? writeRoundTrip(grades, request, moodleExportDialect, `${stem}-moodle-filled.csv`, request.lmsFile)
        : { filename: `${stem}-moodle.csv`, mimeType: 'text/csv', encoding: 'utf8', content: writeMoodleImportCsv(grades) };
    case 'canvas':
      return request.lmsFile !== undefined
        ? writeRoundTrip(grades, request, canvasExportDialect, `${stem}-canvas-filled.csv`, request.lmsFile)
        : { filename: `${stem}-canvas.csv`, mimeType: 'text/csv', encoding: 'utf8', content: writeCanvasImportCsv(grades) };
  }
}
