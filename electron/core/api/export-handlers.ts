import type { exportApi } from '../../../shared/api/export-api';
import { addCsvNotice } from '../export/add-csv-notice';
import { checkIncompleteExport } from '../export/check-incomplete-export';
import { exportGradeSheetCsv } from '../export/export-grade-sheet-csv';
import { loadGradesForExport } from '../export/grade-sheet-source';
import { loadReportCharts } from '../export/load-report-charts';
import { toFileStem, writeGradeSheetFile } from '../export/write-grade-sheet-file';
import { loadCourseMetrics } from '../metrics/load-course-metrics';
import type { HandlerMap } from './handler-map';
import { resolveCourse } from './resolve-course';

export const exportHandlers: HandlerMap<typeof exportApi> = {
  'export.gradeSheet': async (input, { store, renderPdf }) => {
    const course = resolveCourse(store, input);
    // Checked before any work: a refused export should not wait for grading or Chromium.
    const notice = checkIncompleteExport(course, input.allowIncomplete === true);
    if (input.format === 'metrics-csv') {
      const content = addCsvNotice(exportGradeSheetCsv(loadCourseMetrics(store, course, input.asOf === undefined ? {} : { to: input.asOf })), notice);
      const file = { filename: `${toFileStem(course.name)}-metrics.csv`, mimeType: 'text/csv', encoding: 'utf8' as const, content };
      return notice === undefined ? file : { ...file, notice };
    }
    const grades = await loadGradesForExport(store, course, input.asOf === undefined ? {} : { asOf: input.asOf });
    const request = { ...input, format: input.format, notice };
    return writeGradeSheetFile(grades, request, { renderPdf, loadCharts: () => loadReportCharts(store, course, input.asOf) });
  },
};
