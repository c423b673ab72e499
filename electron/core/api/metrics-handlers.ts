import type { metricsApi } from '../../../shared/api/metrics-api';
import { loadCourseMetrics } from '../metrics/load-course-metrics';
import { loadStudentProfile, loadTeamDetail } from '../metrics/load-team-detail';
import type { HandlerMap } from './handler-map';
import { resolveCourse } from './resolve-course';

export const metricsHandlers: HandlerMap<typeof metricsApi> = {
  'metrics.course': (input, { store }) => loadCourseMetrics(store, resolveCourse(store, input), { from: input.from, to: input.to, window: input.window }),
  'metrics.team': (input, { store }) =>
    loadTeamDetail(store, resolveCourse(store, input), input.projectId, { from: input.from, to: input.to, window: input.window }),
  'metrics.student': (input, { store }) =>
    loadStudentProfile(store, resolveCourse(store, input), input.projectId, input.username, { from: input.from, to: input.to, window: input.window }),
};
