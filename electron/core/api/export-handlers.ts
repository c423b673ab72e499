import type { exportApi } from '../../../shared/api/export-api';
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
    if (input.format === 'metrics-csv') {
      const content = exportGradeSheetCsv(loadCourseMetrics(store, course, input.asOf === undefined ? {} : { to: input.asOf }));
      return { filename: `${toFileStem(course.name)}-metrics.csv`, mimeType: 'text/csv', encoding: 'utf8', content };
    }
    const grades = await loadGradesForExport(store, course, input.asOf === undefined ? {} : { asOf: input.asOf });
    return writeGradeSheetFile(grades, { ...input, format: input.format }, { renderPdf, loadCharts: () => loadReportCharts(store, course, input.asOf) });
  },
};
