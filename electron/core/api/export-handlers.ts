import type { exportApi } from '../../../shared/api/export-api';
import { exportGradeSheetCsv } from '../export/export-grade-sheet-csv';
import { loadCourseMetrics } from '../metrics/load-course-metrics';
import type { HandlerMap } from './handler-map';
import { resolveCourse } from './resolve-course';

/** File names derive from the course name, which the instructor typed; keep them to safe characters. */
function toFileStem(name: string): string {
  return name.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '') || 'course';
}

export const exportHandlers: HandlerMap<typeof exportApi> = {
  'export.gradeSheet': (input, { store }) => {
    const course = resolveCourse(store, input);
    const content = exportGradeSheetCsv(loadCourseMetrics(store, course));
    return { filename: `${toFileStem(course.name)}-grades.csv`, mimeType: 'text/csv', content };
  },
};
