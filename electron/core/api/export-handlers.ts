import type { exportApi } from '../../../shared/api/export-api';
import { addCsvNotice } from '../export/add-csv-notice';
import { checkIncompleteExport } from '../export/check-incomplete-export';
import { exportGradeSheetCsv } from '../export/export-grade-sheet-csv';
import { loadCourseTotalForExport, loadGradesForExport } from '../export/grade-sheet-source';
import { loadReportCharts } from '../export/load-report-charts';
import { nameAsOfInFailure } from '../grading/name-as-of-in-failure';
import { writeCourseTotalCsv } from '../export/write-course-total-csv';
import { toFileStem, writeGradeSheetFile } from '../export/write-grade-sheet-file';
import { loadCourseMetrics } from '../metrics/load-course-metrics';
import { ApiFailure } from './api-failure';
import type { HandlerMap } from './handler-map';
import { resolveCourse } from './resolve-course';

/** The metrics sheet and the course total cover the whole course; a scope they would ignore is refused instead. */
function refuseScopeOfCourseWideFormat(input: { format: string; iteration?: string | undefined; asOf?: string | undefined }): void {
  if (input.iteration !== undefined && (input.format === 'metrics-csv' || input.format === 'course-total-csv')) {
    throw new ApiFailure('invalid_input', `iteration: ${input.format} covers the whole course; leave the iteration out.`);
  }
  if (input.asOf !== undefined && input.format === 'course-total-csv') {
    throw new ApiFailure('invalid_input', "asOf: course-total-csv combines each iteration's own grades; freeze an iteration to fix its deadline.");
  }
}

export const exportHandlers: HandlerMap<typeof exportApi> = {
  'export.gradeSheet': async (input, { store, renderPdf }) => {
    const course = resolveCourse(store, input);
    // Checked before any work: a refused export should not wait for grading or Chromium.
    const notice = checkIncompleteExport(course, input.allowIncomplete === true);
    refuseScopeOfCourseWideFormat(input);
    if (input.format === 'metrics-csv') {
      const metrics = nameAsOfInFailure(() => loadCourseMetrics(store, course, input.asOf === undefined ? {} : { to: input.asOf }));
      const content = addCsvNotice(exportGradeSheetCsv(metrics), notice);
      const file = { filename: `${toFileStem(course.name)}-metrics.csv`, mimeType: 'text/csv', encoding: 'utf8' as const, content };
      return notice === undefined ? file : { ...file, notice };
    }
    if (input.format === 'course-total-csv') {
      const content = addCsvNotice(writeCourseTotalCsv(loadCourseTotalForExport(store, course), input), notice);
      const file = { filename: `${toFileStem(course.name)}-course-total.csv`, mimeType: 'text/csv', encoding: 'utf8' as const, content };
      return notice === undefined ? file : { ...file, notice };
    }
    const grades = await loadGradesForExport(store, course, { asOf: input.asOf, iteration: input.iteration });
    const request = { ...input, format: input.format, notice };
    return writeGradeSheetFile(grades, request, {
      renderPdf,
      loadCharts: () => loadReportCharts(store, course, { asOf: input.asOf, iteration: input.iteration }),
    });
  },
};
